import { z } from 'zod';
import type { RegisterRoutes } from '../../http/types.js';
import { runJobsOnce } from '../../jobs/index.js';
import { ManualClock } from '../../lib/clock.js';
import { AppError } from '../../lib/errors.js';

// Only mounted when TEST_CLOCK=1: lets browser tests move the server's clock forward.
export const registerTestRoutes: RegisterRoutes = async (app, deps) => {
  app.post(
    '/test/clock',
    {
      schema: {
        hide: true,
        body: z.strictObject({ advanceMs: z.number().int().min(0).optional(), to: z.iso.datetime().optional() }),
      },
    },
    async (req) => {
      if (!(deps.clock instanceof ManualClock)) throw new AppError('FORBIDDEN', { reason: 'clock is not manual' });
      if (req.body.to) deps.clock.set(new Date(req.body.to));
      if (req.body.advanceMs) deps.clock.advance(req.body.advanceMs);
      return { now: deps.clock.now().toISOString() };
    },
  );
  app.post('/test/run-jobs', { schema: { hide: true } }, async () => {
    await runJobsOnce(deps);
    return { now: deps.clock.now().toISOString() };
  });
};
