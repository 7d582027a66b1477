// Background work runs in every server instance; each job claims its rows (SKIP LOCKED), so any number
// of instances cooperate with no broker. A job never overlaps itself within one process.
import type { AppDeps } from '../deps.js';
import { analyzeDueCases, sweepDeadlines } from '../modules/cases/index.js';
import { dispatchOutboxBatch } from '../modules/outbox/outbox.dispatcher.js';
import { deliverRefundsBatch } from '../modules/payments/index.js';
import { deliverWebhooksBatch } from '../modules/webhooks/webhook.deliverer.js';

export type Job = { name: string; run(deps: AppDeps): Promise<unknown> };

export const JOBS: readonly Job[] = [
  { name: 'deadline-sweep', run: (deps) => sweepDeadlines(deps) },
  { name: 'case-analysis', run: (deps) => analyzeDueCases(deps) },
  { name: 'outbox-dispatch', run: (deps) => dispatchOutboxBatch(deps) },
  { name: 'webhook-delivery', run: (deps) => deliverWebhooksBatch(deps) },
  { name: 'refund-instructions', run: (deps) => deliverRefundsBatch(deps) },
];

/** Run every job once, in order (tests and the test-mode endpoint use this to drive time forward). */
export async function runJobsOnce(deps: AppDeps): Promise<void> {
  for (const job of JOBS) await job.run(deps);
}

export type Jobs = { stop(): Promise<void> };

export function startJobs(deps: AppDeps): Jobs {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      for (const job of JOBS) {
        try {
          await job.run(deps);
        } catch (err) {
          deps.log.error({ err, job: job.name }, 'job failed; it will run again next tick');
        }
      }
    })().finally(() => {
      running = null;
    });
  };
  const timer = setInterval(tick, deps.config.jobIntervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
