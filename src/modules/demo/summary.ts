// What the seed made, read back from the database (not from the plans, so the printed numbers are the
// real ones), and the block printed at start with the sign-in details for each role.
import type { AppDeps } from '../../deps.js';
import { HOUR } from '../../lib/clock.js';
import { CASE_STATUSES } from '../cases/case.machine.js';
import { type CaseRow, listCases, nextDueByCase } from '../cases/case.repository.js';
import type { CaseStatus } from '../cases/index.js';
import { formatShortCode } from '../payments/index.js';
import { DEMO_CONSUMER_PHONE, DEMO_PASSWORDS, DEMO_REGION, MEDIATION_ORGS } from './hangzhou.js';
import { MERCHANTS, SHOWCASE_MERCHANTS } from './merchants.js';
import type { CasePlan } from './plan.js';
import type { DemoRegistry } from './registry.js';
import type { Filed } from './runner.js';

export type DemoLogin = { role: string; login: string; password: string; note: string };

export type DemoSummary = {
  url: string;
  region: { code: string; name: string };
  counts: {
    districts: number;
    mediationOrgs: number;
    merchants: number;
    industries: number;
    stores: number;
    paymentAccounts: number;
    users: number;
    cases: number;
    byStatus: Record<CaseStatus, number>;
  };
  logins: DemoLogin[];
  consumer: {
    phone: string;
    cases: { caseId: string; number: string; status: string; token: string; openOfferId: string | null }[];
  };
  institution: { name: string; apiKey: string };
  /** Receipts of payments just made at demo shops: open a link to file from it. */
  receipts: { shop: string; amountMinor: number; link: string; shortCode: string }[];
  /** Steps that failed and cases that did not end where planned; empty on a good run. */
  problems: string[];
  elapsedMs: number;
};

/** Every case of the region, paging by id like the API does. */
export async function allCases(deps: AppDeps, regionId: string): Promise<CaseRow[]> {
  const out: CaseRow[] = [];
  let before: string | undefined;
  for (;;) {
    const page = await listCases(
      deps.database.db,
      { kind: 'region', regionId },
      { limit: 500, ...(before ? { before } : {}) },
    );
    out.push(...page);
    if (page.length < 500) return out;
    before = page.at(-1)!.id;
  }
}

const OPEN: ReadonlySet<CaseStatus> = new Set(['awaiting_response', 'negotiating', 'settled', 'in_mediation']);

export async function summarise(
  deps: AppDeps,
  reg: DemoRegistry,
  plans: readonly CasePlan[],
  filed: readonly (Filed | null)[],
  problems: string[],
  startedAt: number,
): Promise<DemoSummary> {
  const rows = await allCases(deps, reg.regionId);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const byStatus = Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])) as Record<CaseStatus, number>;
  for (const r of rows) byStatus[r.status]++;
  plans.forEach((p, i) => {
    const f = filed[i];
    const row = f ? byId.get(f.caseId) : undefined;
    if (f && row && row.status !== p.target)
      problems.push(`${p.scenario} ${f.number}: ended ${row.status}, planned ${p.target}`);
  });

  const now = deps.clock.now().getTime();
  const due = await nextDueByCase(
    deps.database.db,
    rows.filter((r) => OPEN.has(r.status)).map((r) => r.id),
  );
  const merchantLogins = SHOWCASE_MERCHANTS.map((slug) => {
    const m = reg.merchants.find((x) => x.data.slug === slug)!;
    const open = rows.filter((r) => r.merchantId === m.id && OPEN.has(r.status) && r.tier === 'merchant');
    const soon = open.filter((r) => (due.get(r.id)?.getTime() ?? Number.POSITIVE_INFINITY) < now + 24 * HOUR).length;
    return {
      role: 'merchant staff',
      login: m.staff.login,
      password: m.staff.password,
      note: `${m.data.tradeName}: ${open.length} open, ${soon} due within 24 h`,
    };
  });
  // The two mediation organisations with the most cases in mediation make the best first look.
  const orgs = [...reg.mediationByDistrict.values()]
    .map((o) => ({ o, n: rows.filter((r) => r.assignedOrgId === o.orgId && r.status === 'in_mediation').length }))
    .sort((a, b) => b.n - a.n || a.o.login.localeCompare(b.o.login))
    .slice(0, 2);

  const show = (pred: (p: CasePlan) => boolean | undefined) =>
    plans.flatMap((p, i) => {
      const f = filed[i];
      const row = f ? byId.get(f.caseId) : undefined;
      return pred(p) && f && row ? [{ ...f, status: row.status }] : [];
    });

  return {
    url: baseUrl(deps),
    region: { code: DEMO_REGION.code, name: DEMO_REGION.name },
    counts: {
      districts: reg.districtIds.size,
      mediationOrgs: MEDIATION_ORGS.length + 1,
      merchants: reg.merchants.length,
      industries: new Set(MERCHANTS.map((m) => m.industry)).size,
      stores: reg.stores,
      paymentAccounts: reg.paymentAccounts,
      users: reg.users,
      cases: rows.length,
      byStatus,
    },
    logins: [
      { role: 'platform admin', login: reg.admin.login, password: reg.admin.password, note: '平台管理员' },
      { role: 'regulator', login: reg.regulator.login, password: reg.regulator.password, note: reg.regulator.name },
      ...orgs.map(({ o, n }) => ({
        role: 'mediator',
        login: o.login,
        password: o.password,
        note: `${o.name}: ${n} in mediation`,
      })),
      ...merchantLogins,
    ],
    consumer: {
      phone: DEMO_CONSUMER_PHONE,
      cases: [...show((p) => p.showcase), ...show((p) => p.account)],
    },
    institution: { name: reg.institution.name, apiKey: reg.institution.apiKey },
    receipts: [],
    problems,
    elapsedMs: Date.now() - startedAt,
  };
}

function baseUrl(deps: AppDeps): string {
  const { host, port } = deps.config;
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/** The block printed at start (stdout, not the JSON log). */
export function formatDemoSummary(s: DemoSummary): string {
  const statuses = CASE_STATUSES.map((st) => `${st} ${s.counts.byStatus[st]}`).join(', ');
  const pad = (text: string, n: number) => text + ' '.repeat(Math.max(1, n - text.length));
  const tokenCases = s.consumer.cases.slice(0, 2);
  const offer = tokenCases.find((c) => c.openOfferId && c.status === 'negotiating');
  const lines = [
    '',
    `═══ Hejie demo data: ${s.region.name} (${s.region.code}) ${'═'.repeat(44)}`,
    `Open ${s.url}   API docs ${s.url}/api/docs`,
    `Seeded ${s.counts.districts} districts, ${s.counts.mediationOrgs} organisations, ${s.counts.merchants} merchants ` +
      `(${s.counts.industries} industries), ${s.counts.cases} cases in ${(s.elapsedMs / 1000).toFixed(1)} s:`,
    `  ${statuses}`,
    '',
    'Staff: POST /api/v1/auth/login {"login","password"} (sets the session cookie)',
    ...s.logins.map((l) => `  ${pad(l.role, 16)}${pad(l.login, 18)}${pad(l.password, 23)}${l.note}`),
    `  every merchant: shop-<slug> / ${DEMO_PASSWORDS.merchant}; every mediation organisation: med-<district> / ${DEMO_PASSWORDS.mediator} (docs/demo.md)`,
    '',
    'Consumer, no account: send the case access token in the header x-case-token',
    ...tokenCases.map((c) => `  ${c.number}  ${pad(c.status, 18)}x-case-token: ${c.token}`),
    `  curl -H 'x-case-token: ${tokenCases[0]?.token ?? 'hjc_…'}' ${s.url}/api/v1/cases/${tokenCases[0]?.caseId ?? '<id>'}`,
    ...(offer
      ? [
          `  accept the merchant's offer: POST ${s.url}/api/v1/cases/${offer.caseId}/offers/${offer.openOfferId}/accept {}`,
        ]
      : []),
    `Consumer by phone: ${s.consumer.phone} — POST /api/v1/auth/otp/request {"phone"}; the code is in the server log; then /auth/otp/verify`,
    `Payment institution ${s.institution.name}: Authorization: Bearer ${s.institution.apiKey}`,
    ...(s.receipts.length
      ? [
          `Receipts from demo shops (open one to file from it; or pay at a shop yourself: ${s.url}/demo/pay):`,
          ...s.receipts.map(
            (r) =>
              `  ${pad(r.shop, 14)}¥${(r.amountMinor / 100).toFixed(2)}  short code ${formatShortCode(r.shortCode)}  ${r.link}`,
          ),
        ]
      : []),
    ...(s.problems.length ? ['', `${s.problems.length} demo steps did not go as planned (see the log).`] : []),
    '═'.repeat(72),
    '',
  ];
  return lines.join('\n');
}
