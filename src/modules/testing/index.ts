import { z } from 'zod';
import type { RegisterRoutes } from '../../http/types.js';
import { runJobsOnce } from '../../jobs/index.js';
import { ManualClock } from '../../lib/clock.js';
import { AppError } from '../../lib/errors.js';
import { normalizePhone } from '../identity/index.js';

// Only mounted when TEST_CLOCK=1: lets browser tests move the server's clock forward and read sent SMS.
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
  // The local SMS adapter keeps what it sent: a browser test reads the sign-in code a phone would receive.
  app.get(
    '/test/sms',
    { schema: { hide: true, querystring: z.strictObject({ phone: z.string().max(32) }) } },
    async (req) => {
      const sent = (deps.sms as { sent?: { phone: string; text: string }[] }).sent ?? [];
      const phone = normalizePhone(req.query.phone);
      return { items: sent.filter((m) => m.phone === phone) };
    },
  );
  app.post('/test/run-jobs', { schema: { hide: true } }, async () => {
    await runJobsOnce(deps);
    return { now: deps.clock.now().toISOString() };
  });
};
