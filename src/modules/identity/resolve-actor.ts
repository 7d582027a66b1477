// Who is asking: the credentials a request presents → one Actor. At most two indexed queries:
// the session (with its user) and then either the API key or the case tokens.
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { type Actor, ANONYMOUS } from './actor.js';
import { findActiveApiKey } from './api-key.repository.js';
import { findCasesByTokenHashes } from './case-token.repository.js';
import { hashToken, type PresentedCredentials } from './credentials.js';
import { findLiveSession, type LiveSession } from './session.repository.js';

export type ResolvedActor = {
  actor: Actor;
  /** The session cookie named no live session (expired, signed out, user disabled): the caller should clear it. */
  staleSession: boolean;
};

/** The actor a live session stands for; null when it cannot stand for anyone (disabled or incomplete account). */
export function sessionActor(s: LiveSession): Actor | null {
  if (s.consumerId) return { kind: 'consumer', consumerId: s.consumerId, caseIds: [] };
  const u = s.user;
  if (!s.userId || !u || u.disabledAt) return null;
  switch (u.role) {
    case 'platform_admin':
      return { kind: 'platform_admin', userId: s.userId };
    case 'merchant_staff':
      return u.regionId && u.merchantId
        ? { kind: 'merchant_staff', userId: s.userId, regionId: u.regionId, merchantId: u.merchantId }
        : null;
    case 'mediator':
    case 'regulator':
      return u.regionId && u.orgId ? { kind: u.role, userId: s.userId, regionId: u.regionId, orgId: u.orgId } : null;
    default: {
      const never: never = u.role;
      return never;
    }
  }
}

/**
 * Precedence: a staff session; else an institution API key; else a consumer (phone session and/or
 * case tokens, merged). A presented API key or case token that matches nothing is 401, so a client
 * with a wrong or revoked credential learns it instead of silently acting as someone less.
 */
export async function resolveActor(deps: AppDeps, creds: PresentedCredentials): Promise<ResolvedActor> {
  const db = deps.database.db;
  let fromSession: Actor | null = null;
  let staleSession = false;
  if (creds.sessionToken) {
    const live = await findLiveSession(db, hashToken(creds.sessionToken), deps.clock.now());
    fromSession = live ? sessionActor(live) : null;
    staleSession = fromSession === null;
  }
  if (fromSession && fromSession.kind !== 'consumer') return { actor: fromSession, staleSession };

  if (creds.apiKey) {
    const key = await findActiveApiKey(db, hashToken(creds.apiKey));
    if (!key) throw new AppError('UNAUTHENTICATED', { reason: 'the API key is unknown or revoked' });
    return { actor: { kind: 'institution', institutionId: key.institutionId }, staleSession };
  }

  if (creds.caseTokens.length > 0) {
    const hashes = creds.caseTokens.map(hashToken);
    const found = await findCasesByTokenHashes(db, hashes);
    const matched = new Set(found.map((c) => c.tokenHash));
    const unknown = hashes.filter((h) => !matched.has(h)).length;
    if (unknown > 0) {
      throw new AppError('UNAUTHENTICATED', { reason: `${unknown} of the case tokens presented match no case` });
    }
    const consumerId = fromSession?.kind === 'consumer' ? fromSession.consumerId : null;
    return { actor: { kind: 'consumer', consumerId, caseIds: [...new Set(found.map((c) => c.id))] }, staleSession };
  }

  return { actor: fromSession ?? ANONYMOUS, staleSession };
}
