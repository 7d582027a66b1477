// Importing a region's merchant list (a registry export, a market's stall list): up to IMPORT_MAX_ROWS rows per
// call, each checked as POST /regions/:code/merchants would check it, and reported on its own — created, exists
// (the credit code is already registered in the region: nothing changes) or error (code, field, zh/en text).
// Idempotent: the credit code is the merchant's identity, so importing the same file again creates nothing.
// Fast enough for a city's 50,000 shops in chunks: one read of the chunk's known codes and one multi-row
// INSERT per chunk (bench/merchant-import.bench.ts; the figure is in BENCHMARKS.md).
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { AppDeps } from '../../deps.js';
import { type CreditCodeFailure, validateCreditCode } from '../../lib/credit-code.js';
import { uuidv7 } from '../../lib/ids.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { type DistrictRow, listDistricts } from '../regions/index.js';
import type { NewMerchant } from './merchant.repository.js';
import type { IMPORT_FIELDS, ImportMerchantRow, ImportMerchantsView } from './merchants.contracts.js';
import { INDUSTRIES, INDUSTRY_NAMES, type Industry, merchants } from './merchants.schema.js';

type Field = (typeof IMPORT_FIELDS)[number];
type Bilingual = { zh: string; en: string };
export type ImportRowError = {
  code: 'VALIDATION_FAILED' | 'INVALID_CREDIT_CODE' | 'ALREADY_EXISTS';
  field: Field;
  message: Bilingual;
};
export type ImportResult = z.infer<typeof ImportMerchantsView>;
type Checked = { ok: true; merchant: Omit<NewMerchant, 'id' | 'createdAt'> } | { ok: false; error: ImportRowError };

const CREDIT_CODE_TEXT: Record<CreditCodeFailure, Bilingual> = {
  length: { zh: '统一社会信用代码应为 18 位', en: 'The credit code must have 18 characters' },
  charset: {
    zh: '统一社会信用代码含有不允许的字符（不用 I、O、S、V、Z）',
    en: 'The credit code has characters it cannot contain (I, O, S, V and Z are not used)',
  },
  check_character: {
    zh: '统一社会信用代码校验位不符，可能有输错的字符',
    en: 'The credit code’s check character does not match: a character may be mistyped',
  },
  org_check_character: {
    zh: '统一社会信用代码中的组织机构代码校验位不符',
    en: 'The organisation code inside the credit code does not check',
  },
  division: {
    zh: '统一社会信用代码中的行政区划码无效',
    en: 'The administrative division inside the credit code is not valid',
  },
};

const invalid = (field: Field, zh: string, en: string): { ok: false; error: ImportRowError } => ({
  ok: false,
  error: { code: 'VALIDATION_FAILED', field, message: { zh, en } },
});

/** An industry by its code (restaurant) or its Chinese or English name (餐饮, Restaurants), any case. */
const INDUSTRY_ALIASES: ReadonlyMap<string, Industry> = new Map(
  INDUSTRIES.flatMap((i) => [
    [i, i],
    [INDUSTRY_NAMES[i].zh, i],
    [INDUSTRY_NAMES[i].en.toLowerCase(), i],
  ]),
);
export function industryOf(text: string): Industry | undefined {
  const t = text.trim();
  return INDUSTRY_ALIASES.get(t) ?? INDUSTRY_ALIASES.get(t.toLowerCase());
}

/** A region's districts by code, Chinese name and English name (case-insensitive). */
export function districtFinder(districts: DistrictRow[]): (text: string) => DistrictRow | undefined {
  const byKey = new Map<string, DistrictRow>();
  for (const d of districts) {
    for (const k of [d.code, d.name, d.nameEn]) if (k) byKey.set(k.trim().toLowerCase(), d);
  }
  return (text) => byKey.get(text.trim().toLowerCase());
}

const PHONE = /^[0-9+\- ]*$/;

/** One row checked as CreateMerchantBody and createMerchant would check it (pure: no database). */
export function checkImportRow(
  row: ImportMerchantRow,
  findDistrict: (text: string) => DistrictRow | undefined,
): Checked {
  const s = (v: string | undefined) => (v ?? '').trim();
  if (!s(row.creditCode)) return invalid('creditCode', '缺少统一社会信用代码', 'The credit code is missing');
  const code = validateCreditCode(s(row.creditCode));
  if (!code.ok) {
    return {
      ok: false,
      error: { code: 'INVALID_CREDIT_CODE', field: 'creditCode', message: CREDIT_CODE_TEXT[code.reason] },
    };
  }
  const legalName = s(row.legalName);
  if (!legalName) return invalid('legalName', '缺少名称', 'The legal name is missing');
  if (legalName.length > 200) return invalid('legalName', '名称超过 200 字', 'The legal name is over 200 characters');
  const tradeName = s(row.tradeName);
  if (tradeName.length > 200) return invalid('tradeName', '字号超过 200 字', 'The trade name is over 200 characters');
  if (!s(row.industry)) return invalid('industry', '缺少行业', 'The industry is missing');
  const industry = industryOf(s(row.industry));
  if (!industry) {
    return invalid('industry', `不认识的行业“${s(row.industry)}”`, `Unknown industry "${s(row.industry)}"`);
  }
  let districtId: string | null = null;
  if (s(row.district)) {
    const d = findDistrict(s(row.district));
    if (!d) {
      return invalid(
        'district',
        `本地区没有区县“${s(row.district)}”`,
        `The region has no district "${s(row.district)}"`,
      );
    }
    districtId = d.id;
  }
  const address = s(row.address);
  if (address.length > 500) return invalid('address', '地址超过 500 字', 'The address is over 500 characters');
  const phone = s(row.phone);
  if (phone.length > 20 || !PHONE.test(phone)) {
    return invalid(
      'phone',
      '电话只能含数字、空格、+ 和 -，最多 20 位',
      'The phone: digits, spaces, + and - only, at most 20',
    );
  }
  return {
    ok: true,
    merchant: { creditCode: code.code, legalName, tradeName, industry, address, districtId, phone },
  };
}

// The chunk's two statements. They sit here rather than in merchant.repository.ts only because that file
// belongs to another change in flight; both are scoped by region like every repository query.
async function knownCreditCodes(db: Db, regionId: string, codes: string[]): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = await db
    .select({ id: merchants.id, creditCode: merchants.creditCode })
    .from(merchants)
    .where(and(eq(merchants.regionId, regionId), inArray(merchants.creditCode, codes)));
  return new Map(rows.map((r) => [r.creditCode, r.id]));
}

/** Inserts the rows in one statement; a code another import registered meanwhile is skipped (not returned). */
async function insertMerchants(db: Db, regionId: string, rows: NewMerchant[]): Promise<Map<string, string>> {
  if (!rows.length) return new Map();
  const created = await db
    .insert(merchants)
    .values(rows.map((m) => ({ ...m, regionId })))
    .onConflictDoNothing()
    .returning({ id: merchants.id, creditCode: merchants.creditCode });
  return new Map(created.map((r) => [r.creditCode, r.id]));
}

export async function importMerchants(
  deps: AppDeps,
  opts: { regionId: string; actor: Actor; rows: ImportMerchantRow[] },
): Promise<ImportResult> {
  authorize(opts.actor, 'merchant.create', { regionId: opts.regionId });
  const db = deps.database.db;
  const findDistrict = districtFinder(await listDistricts(db, opts.regionId));

  const items: ImportResult['items'] = opts.rows.map((r, index) => ({
    index,
    row: r.row ?? null,
    status: 'error',
    creditCode: null,
    merchantId: null,
    error: null,
  }));
  // The first row with a credit code decides; a later row with the same code is a mistake in the file.
  const firstWith = new Map<string, number>();
  const candidates: { index: number; merchant: Omit<NewMerchant, 'id' | 'createdAt'> }[] = [];
  opts.rows.forEach((r, index) => {
    const checked = checkImportRow(r, findDistrict);
    const item = items[index]!;
    if (!checked.ok) {
      item.error = checked.error;
      return;
    }
    const code = checked.merchant.creditCode;
    item.creditCode = code;
    const first = firstWith.get(code);
    if (first !== undefined) {
      const at = items[first]!.row ?? first + 1;
      item.error = {
        code: 'ALREADY_EXISTS',
        field: 'creditCode',
        message: { zh: `与第 ${at} 行的统一社会信用代码重复`, en: `The same credit code as row ${at}` },
      };
      return;
    }
    firstWith.set(code, index);
    candidates.push({ index, merchant: checked.merchant });
  });

  const known = await knownCreditCodes(
    db,
    opts.regionId,
    candidates.map((c) => c.merchant.creditCode),
  );
  const now = deps.clock.now();
  // In credit-code order, so two imports of overlapping files take their row locks in the same order (no deadlock).
  const fresh = candidates
    .filter((c) => !known.has(c.merchant.creditCode))
    .sort((a, b) =>
      a.merchant.creditCode < b.merchant.creditCode ? -1 : a.merchant.creditCode > b.merchant.creditCode ? 1 : 0,
    );
  const created = await insertMerchants(
    db,
    opts.regionId,
    fresh.map((c) => ({ ...c.merchant, id: uuidv7(now.getTime()), createdAt: now })),
  );
  // Registered by a concurrent import between the read and the insert: they exist, unchanged by this one.
  const raced = fresh.filter((c) => !created.has(c.merchant.creditCode)).map((c) => c.merchant.creditCode);
  const alsoKnown = await knownCreditCodes(db, opts.regionId, raced);

  for (const c of candidates) {
    const item = items[c.index]!;
    const code = c.merchant.creditCode;
    const newId = created.get(code);
    item.status = newId ? 'created' : 'exists';
    item.merchantId = newId ?? known.get(code) ?? alsoKnown.get(code) ?? null;
  }
  const count = (s: 'created' | 'exists' | 'error') => items.filter((i) => i.status === s).length;
  return { created: count('created'), exists: count('exists'), errors: count('error'), items };
}
