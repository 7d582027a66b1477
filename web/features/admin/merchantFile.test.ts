import { describe, expect, it } from 'vitest';
import { checkRow, chunk, parseCsv, readTable, templateCsv } from './merchantFile';
import { readXlsx } from './xlsx';

// A valid credit code (src/lib/credit-code.ts makeCreditCode(7)).
const CODE = '91450100MA005BLG9F';
const ctx = {
  industryNames: [{ restaurant: '餐饮' }, { restaurant: 'Restaurants' }],
  districts: [{ code: '330106', name: '西湖区', nameEn: 'Xihu' }],
};

describe('merchant file', () => {
  it('parses CSV with a BOM, quotes, doubled quotes, CRLF and semicolons', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
    expect(parseCsv('a;b\n1;2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('matches Chinese and English headers, keeps file line numbers, skips empty lines', () => {
    const p = readTable([
      ['统一社会信用代码', 'Name', '行业', '备注', 'District'],
      [CODE, '某某餐饮', '餐饮', 'x', '西湖区'],
      ['', '', '', '', ''],
      ['bad', 'B', 'Pets', '', ''],
    ]);
    expect(p.columns.map((c) => c.field)).toEqual(['creditCode', 'legalName', 'industry', 'district']);
    expect(p.unknownHeaders).toEqual(['备注']);
    expect(p.missing).toEqual([]);
    expect(p.rows).toEqual([
      { row: 2, creditCode: CODE, legalName: '某某餐饮', industry: '餐饮', district: '西湖区' },
      { row: 4, creditCode: 'bad', legalName: 'B', industry: 'Pets' },
    ]);
    expect(readTable([['名称']]).missing).toEqual(['creditCode', 'industry']);
  });

  it('checks rows as the server will and normalises the industry to its code', () => {
    const ok = { creditCode: CODE.toLowerCase(), legalName: 'A', industry: 'restaurants', district: 'xihu' };
    expect(checkRow(ok, ctx)).toBeNull();
    expect(ok.industry).toBe('restaurant');
    expect(ok.creditCode).toBe(CODE);
    expect(checkRow({ creditCode: `${CODE.slice(0, 17)}0`, legalName: 'A', industry: '餐饮' }, ctx)).toEqual({
      field: 'creditCode',
      key: 'creditCode.check_character',
    });
    expect(checkRow({ creditCode: CODE, legalName: 'A', industry: '宠物' }, ctx)?.key).toBe('unknownIndustry');
    expect(checkRow({ creditCode: CODE, legalName: 'A', industry: '餐饮', district: '滨江区' }, ctx)?.key).toBe(
      'unknownDistrict',
    );
    expect(checkRow({ creditCode: CODE, industry: '餐饮' }, ctx)).toEqual({ field: 'legalName', key: 'missing' });
  });

  it('chunks by rows and by size', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({ row: i + 2, legalName: 'x' }));
    expect(chunk(rows).map((c) => c.length)).toEqual([1000, 1000, 500]);
    expect(chunk(rows, 1000, 1000).every((c) => JSON.stringify(c).length < 1100)).toBe(true);
  });

  it('offers a template whose headers it reads back', () => {
    const p = readTable(parseCsv(templateCsv()));
    expect(p.missing).toEqual([]);
    expect(p.unknownHeaders).toEqual([]);
    expect(p.columns).toHaveLength(7);
  });
});

/** A ZIP with stored (uncompressed) entries: enough to test the .xlsx reader without a spreadsheet library. */
function storedZip(files: Record<string, string>): Uint8Array<ArrayBuffer> {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const n = enc.encode(name);
    const data = enc.encode(text);
    const local = new Uint8Array(30 + n.length);
    const dv = new DataView(local.buffer);
    dv.setUint32(0, 0x04034b50, true);
    dv.setUint32(18, data.length, true);
    dv.setUint32(22, data.length, true);
    dv.setUint16(26, n.length, true);
    local.set(n, 30);
    const c = new Uint8Array(46 + n.length);
    const cv = new DataView(c.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, n.length, true);
    cv.setUint32(42, offset, true);
    c.set(n, 46);
    parts.push(local, data);
    central.push(c);
    offset += local.length + data.length;
  }
  const size = central.reduce((a, c) => a + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, central.length, true);
  ev.setUint16(10, central.length, true);
  ev.setUint32(12, size, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((a, p) => a + p.length, 0));
  let p = 0;
  for (const part of all) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

describe('xlsx reader', () => {
  it('reads the first sheet: shared strings (rich text too), inline strings, numbers, gaps', async () => {
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const zip = storedZip({
      'xl/sharedStrings.xml': `<sst ${ns}><si><t>名称</t></si><si><r><t>某某</t></r><r><t>餐饮</t></r></si><si><t>电话</t></si></sst>`,
      'xl/worksheets/sheet1.xml': `<worksheet ${ns}><sheetData>
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>2</v></c></row>
        <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><t>内联</t></is></c><c r="C2"><v>13800000000</v></c></row>
      </sheetData></worksheet>`,
    });
    const table = await readXlsx(new Blob([zip]));
    expect(table).toEqual([
      ['名称', '', '电话'],
      ['某某餐饮', '内联', '13800000000'],
    ]);
  });

  it('refuses what is not a ZIP', async () => {
    await expect(readXlsx(new Blob(['not a zip']))).rejects.toThrow(/ZIP/);
  });
});
