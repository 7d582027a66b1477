// Per-client limits on what anyone may call without an account: filing, photos, receipt checks, the mediator's
// live reading, and signing in. One table says what is limited and how much; everything else is not.
// A client is its address (req.ip: the proxy's X-Forwarded-For only when the proxy is trusted, see TRUST_PROXY).
// Counted in each instance's memory: N instances admit up to N times the limit. Payment institutions (API key)
// and signed-in staff are not limited here.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../deps.js';
import { AppError } from '../lib/errors.js';

const MINUTE = 60_000;
export type RateLimit = { max: number; timeWindow: number };

/**
 * "METHOD path" as registered → the most one address may send per window. Generous for people (a shop's Wi-Fi
 * or a carrier's NAT puts many phones behind one address), far below what a script would need to flood a
 * merchant, fill the database with photos, or send SMS codes to strangers.
 */
export const RATE_LIMITS: Readonly<Record<string, RateLimit>> = {
  'POST /api/v1/cases': { max: 30, timeWindow: MINUTE },
  'POST /api/v1/cases/:id/evidence': { max: 60, timeWindow: MINUTE },
  'POST /api/v1/receipts/verify': { max: 60, timeWindow: MINUTE },
  'POST /api/v1/mediator/analyze': { max: 120, timeWindow: MINUTE },
  'POST /api/v1/auth/otp/request': { max: 10, timeWindow: MINUTE },
  'POST /api/v1/auth/otp/verify': { max: 30, timeWindow: MINUTE },
  'POST /api/v1/auth/login': { max: 30, timeWindow: MINUTE },
};

const UNLIMITED = new Set(['institution', 'merchant_staff', 'mediator', 'regulator', 'platform_admin', 'system']);

/** Before the routes are registered (the table is applied as each route is added), after the auth hook. */
export async function installRateLimits(app: FastifyInstance, deps: AppDeps): Promise<void> {
  if (!deps.config.rateLimits) return;
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const limit = methods.map((m) => RATE_LIMITS[`${m} ${route.url}`]).find(Boolean);
    if (limit) route.config = { ...(route.config as object), rateLimit: limit } as typeof route.config;
  });
  await app.register(rateLimit, {
    global: false,
    // onRequest, so a refused upload is not read first; the app-wide auth hook has run by then.
    hook: 'onRequest',
    allowList: (req: FastifyRequest) => UNLIMITED.has(req.actor?.kind ?? 'anonymous'),
    errorResponseBuilder: (_req, ctx) =>
      new AppError('RATE_LIMITED', { retryAfterSeconds: Math.max(1, Math.ceil(ctx.ttl / 1000)), limit: ctx.max }),
  });
}
