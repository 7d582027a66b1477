// A merchant list from a file (CSV here, .xlsx via ./xlsx): the header row is matched to the import's fields
// in Chinese or English, each row becomes an ImportRow with its line number, and is checked as the server
// will check it, so the preview shows what will fail before anything is sent. The server stays the judge.
import { validateCreditCode } from '../../../src/lib/credit-code';
import type { ImportField, ImportRow } from './adminApi';
import { industryCode } from './industries';

export const IMPORT_FIELDS: readonly ImportField[] = [
  'creditCode',
  'legalName',
  'tradeName',
  'industry',
  'district',
  'address',
  'phone',
];

/** Header names (lower case, spaces and punctuation removed) for each field. */
const HEADERS: Record<ImportField, string[]> = {
  creditCode: [
    '统一社会信用代码',
    '信用代码',
    '社会信用代码',
    '統一社會信用代碼',
    'creditcode',
    'uscc',
    'socialcreditcode',
  ],
  legalName: ['名称', '企业名称', '商户名称', '经营者名称', '名稱', '企業名稱', '商戶名稱', 'legalname', 'name'],
  tradeName: ['字号', '店名', '门店名称', '招牌', '字號', '店舖名稱', 'tradename', 'shopname', 'storename'],
  industry: ['行业', '行業', '经营类别', 'industry'],
  district: ['区县', '所在区县', '區縣', '所在區縣', '区', '區', '地區', '区域', 'district'],
  address: ['地址', '经营地址', '經營地址', 'address'],
  phone: ['电话', '联系电话', '電話', '聯絡電話', 'phone', 'tel', 'telephone'],
};
const norm = (h: string) => h.replace(/[\s_\-()（）:：*]/g, '').toLowerCase();
const BY_HEADER = new Map<string, ImportField>(
  (Object.entries(HEADERS) as [ImportField, string[]][]).flatMap(([f, names]) => names.map((n) => [norm(n), f])),
);

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF); comma, semicolon or tab, whichever the header uses most. */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const sep = [',', ';', '\t'].reduce((a, b) => (firstLine.split(b).length > firstLine.split(a).length ? b : a));
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export type ParsedFile = {
  /** Which column feeds which field (columns the import does not know are left out). */
  columns: { index: number; header: string; field: ImportField }[];
  unknownHeaders: string[];
  missing: ImportField[];
  rows: ImportRow[];
};

const REQUIRED: ImportField[] = ['creditCode', 'legalName', 'industry'];

/** Table (first row = headers) → import rows. Empty lines are skipped; `row` is the line in the file (1 = headers). */
export function readTable(table: string[][]): ParsedFile {
  const [head = [], ...body] = table;
  const columns: ParsedFile['columns'] = [];
  const unknownHeaders: string[] = [];
  head.forEach((h, index) => {
    const field = BY_HEADER.get(norm(h));
    if (field && !columns.some((c) => c.field === field)) columns.push({ index, header: h.trim(), field });
    else if (h.trim()) unknownHeaders.push(h.trim());
  });
  const rows: ImportRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => !String(c ?? '').trim())) return;
    const r: ImportRow = { row: i + 2 };
    for (const c of columns) {
      const v = String(cells[c.index] ?? '').trim();
      if (v) r[c.field] = v;
    }
    rows.push(r);
  });
  const missing = REQUIRED.filter((f) => !columns.some((c) => c.field === f));
  return { columns, unknownHeaders, missing, rows };
}

export type RowProblem = { field: ImportField; key: string; values?: Record<string, string> };

/**
 * What the server would refuse in this row, as an i18n key of the admin namespace (import.problems.*), else
 * null. Industries are normalised to their code in place. Districts are checked against the region's.
 */
export function checkRow(
  r: ImportRow,
  ctx: { industryNames: Record<string, string>[]; districts: { code: string; name: string; nameEn: string }[] },
): RowProblem | null {
  if (!r.creditCode) return { field: 'creditCode', key: 'missing' };
  const code = validateCreditCode(r.creditCode);
  if (!code.ok) return { field: 'creditCode', key: `creditCode.${code.reason}` };
  r.creditCode = code.code;
  if (!r.legalName) return { field: 'legalName', key: 'missing' };
  if (r.legalName.length > 200 || (r.tradeName?.length ?? 0) > 200) return { field: 'legalName', key: 'tooLong' };
  if (!r.industry) return { field: 'industry', key: 'missing' };
  const industry = industryCode(r.industry, ctx.industryNames);
  if (!industry) return { field: 'industry', key: 'unknownIndustry', values: { value: r.industry } };
  r.industry = industry;
  if (r.district) {
    const d = r.district.toLowerCase();
    if (!ctx.districts.some((x) => [x.code, x.name, x.nameEn].some((k) => k && k.toLowerCase() === d))) {
      return { field: 'district', key: 'unknownDistrict', values: { value: r.district } };
    }
  }
  if ((r.address?.length ?? 0) > 500) return { field: 'address', key: 'tooLong' };
  if (r.phone && (r.phone.length > 20 || !/^[0-9+\- ]*$/.test(r.phone))) return { field: 'phone', key: 'phone' };
  return null;
}

/** Rows in request-sized chunks: at most `maxRows` rows and about `maxBytes` of JSON each. */
export function chunk(rows: ImportRow[], maxRows = 1000, maxBytes = 1_500_000): ImportRow[][] {
  const out: ImportRow[][] = [];
  let cur: ImportRow[] = [];
  let bytes = 0;
  const encoder = new TextEncoder();
  for (const r of rows) {
    const size = encoder.encode(JSON.stringify(r)).length + 1;
    if (cur.length && (cur.length >= maxRows || bytes + size > maxBytes)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(r);
    bytes += size;
  }
  if (cur.length) out.push(cur);
  return out;
}

/** The template offered for download: the Chinese headers (English ones work too) and one example row. */
export function templateCsv(): string {
  const head = ['统一社会信用代码', '名称', '字号', '行业', '区县', '地址', '电话'];
  const example = [
    '91330106MA2XXXXXXX',
    '杭州某某餐饮有限公司',
    '老街面馆',
    '餐饮',
    '西湖区',
    '杭州市西湖区文三路1号',
    '0571-88888888',
  ];
  const line = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
  // The BOM makes Excel open the file as UTF-8.
  return `\uFEFF${line(head)}\r\n${line(example)}\r\n`;
}
