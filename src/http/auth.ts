// Who is asking, resolved once per request into req.actor; what they may do is decided by
// modules/identity/policy.ts. Credential formats and precedence: identity/credentials.ts and
// identity/resolve-actor.ts; the whole story: docs/auth.md.
import type { AppDeps } from '../deps.js';
import {
  type Actor,
  ANONYMOUS,
  clearSessionCookie,
  readCredentials,
  resolveActor,
  SESSION_COOKIE,
} from '../modules/identity/index.js';
import type { App } from './types.js';

/** For the case module: mint a consumer's case access token ('hjc_…') and the hash the case stores. */

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

/** Resolves request.actor from the session cookie, an institution API key or case access tokens. */
export function installAuth(app: App, deps: AppDeps): void {
  app.decorateRequest('actor', null as never);
  app.addHook('onRequest', async (req, reply) => {
    req.actor = ANONYMOUS;
    const creds = readCredentials(req.headers, req.cookies[SESSION_COOKIE]);
    if (!creds.sessionToken && !creds.apiKey && creds.caseTokens.length === 0) return;
    const { actor, staleSession } = await resolveActor(deps, creds);
    // An expired or signed-out cookie is not an error (the visitor is just anonymous), but drop it.
    if (staleSession) clearSessionCookie(reply, deps);
    req.actor = actor;
  });
}
