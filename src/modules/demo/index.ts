// The demo data set: Hangzhou with its districts, organisations, merchants across industries, a clearing
// institution and a few hundred cases in every state, made through the real use cases (docs/demo.md).
// `npm start` seeds it on an empty database; `hejie seed --demo` on demand.
import type { AppDeps } from '../../deps.js';
import { DAY, ManualClock } from '../../lib/clock.js';
import { maskPhone } from '../../lib/crypto.js';
import { uuidv7 } from '../../lib/ids.js';
import { findOrCreateConsumer } from '../identity/consumer.repository.js';
import { dispatchOutboxBatch } from '../outbox/outbox.dispatcher.js';
import { listRegions } from '../regions/list-regions.js';
import { payAtDemoShop } from './demo-receipts.js';
import { DEMO_CONSUMER_PHONE } from './hangzhou.js';
import { demoMid, MERCHANTS } from './merchants.js';
import { planCases } from './mix.js';
import { type DemoRegistry, seedRegistry } from './registry.js';
import { runPlans, sweepAll } from './runner.js';
import { type DemoSummary, formatDemoSummary, summarise } from './summary.js';

export { registerDemoRoutes } from './demo.routes.js';
export { createDemoReceiptKey, payAtDemoShop } from './demo-receipts.js';
export { DEMO_REGION } from './hangzhou.js';
export { type DemoLogin, type DemoSummary, formatDemoSummary } from './summary.js';

/** How far back the demo's history starts: cases are filed over the 60 days before now. */
const HISTORY_DAYS = 60;
/** The registry (merchants, accounts, payment mids) predates the first case. */
const REGISTRY_DAYS = 90;

/**
 * Seeds the demo region into the database. The history is written on a manual clock that starts 60 days
 * ago and moves forward step by step, so deadlines run out (and the sweeper escalates) the way they would
 * have; it ends before the injected clock's now, and cases meant to stay open have every active deadline
 * after it, so the server's first sweep leaves them be.
 */
export async function seedDemo(appDeps: AppDeps): Promise<DemoSummary> {
  const startedAt = Date.now();
  const deps = quietly(appDeps);
  const now = deps.clock.now().getTime();

  const registryClock = new ManualClock(new Date(now - REGISTRY_DAYS * DAY));
  const registryDeps: AppDeps = { ...deps, clock: registryClock };
  const reg = await seedRegistry(registryDeps);
  const consumer = await findOrCreateConsumer(deps.database.db, {
    id: uuidv7(registryClock.now().getTime()),
    phoneHash: deps.secrets.lookupHash(DEMO_CONSUMER_PHONE),
    phoneEnc: deps.secrets.encrypt(DEMO_CONSUMER_PHONE),
    phoneMasked: maskPhone(DEMO_CONSUMER_PHONE),
    createdAt: registryClock.now(),
  });

  const plans = planCases(now);
  const caseClock = new ManualClock(new Date(now - HISTORY_DAYS * DAY));
  const run = await runPlans(deps, caseClock, reg, plans, consumer.id);
  // Up to the real now: anything that fell due while seeding is handled here, not by the first server sweep.
  await sweepAll(deps);
  await dispatchAll(deps);
  const summary = await summarise(deps, reg, plans, run.filed, run.problems, startedAt);
  return { ...summary, receipts: await sampleReceipts(deps, reg) };
}

/** A few payments at demo shops, just made, with their receipt links for the printed block. */
async function sampleReceipts(deps: AppDeps, reg: DemoRegistry): Promise<DemoSummary['receipts']> {
  const picks = [
    { i: 0, amountMinor: 8_800 },
    { i: 2, amountMinor: 39_900 },
    { i: 4, amountMinor: 128_000 },
  ];
  const out: DemoSummary['receipts'] = [];
  for (const { i, amountMinor } of picks) {
    const m = reg.merchants[i % reg.merchants.length]!;
    const paid = await payAtDemoShop(deps, { mid: demoMid(MERCHANTS.indexOf(m.data), m.data.industry), amountMinor });
    out.push({ shop: m.data.tradeName, amountMinor, link: paid.link, shortCode: paid.shortCode });
  }
  return out;
}

/**
 * The same deps with the log at warn or above: the seed's few thousand events would otherwise each log a
 * notification line at start. Warnings and errors still show.
 */
function quietly(deps: AppDeps): AppDeps {
  const level = ['silent', 'fatal', 'error'].includes(deps.log.level) ? deps.log.level : 'warn';
  return { ...deps, log: deps.log.child({ demo: 'seed' }, { level }) };
}

/**
 * The notifications every party would have received: the outbox events the seed wrote, dispatched now so
 * the inboxes are full at the first sign-in rather than after minutes of background batches.
 */
async function dispatchAll(deps: AppDeps): Promise<void> {
  const batch = 500;
  while ((await dispatchOutboxBatch(deps, batch)) === batch) {}
}

/** On an empty database (no region at all), seed the demo and print the sign-in details; otherwise nothing. */
export async function seedDemoIfEmpty(deps: AppDeps): Promise<void> {
  if ((await listRegions(deps)).length > 0) return;
  const summary = await seedDemo(deps);
  deps.log.info(
    { demo: { cases: summary.counts.cases, byStatus: summary.counts.byStatus, ms: summary.elapsedMs } },
    'demo data seeded',
  );
  for (const p of summary.problems) deps.log.warn({ demo: p }, 'demo step did not go as planned');
  process.stdout.write(formatDemoSummary(summary));
}
