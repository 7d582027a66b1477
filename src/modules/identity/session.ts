import type { Db } from '../../db/client.js';
import type { AppDeps } from '../../deps.js';
import { HOUR } from '../../lib/clock.js';
import { uuidv7 } from '../../lib/ids.js';
import { newSessionToken } from './credentials.js';
import { insertSession } from './session.repository.js';

export type OpenedSession = { token: string; expiresAt: Date };

/** A new server-side session for a staff user or a consumer; the token goes in the cookie, its hash in the table. */
export async function openSession(
  db: Db,
  deps: AppDeps,
  owner: { userId: string } | { consumerId: string },
): Promise<OpenedSession> {
  const now = deps.clock.now();
  const { token, hash } = newSessionToken();
  const expiresAt = new Date(now.getTime() + deps.config.sessionTtlHours * HOUR);
  await insertSession(db, {
    id: uuidv7(now.getTime()),
    tokenHash: hash,
    userId: 'userId' in owner ? owner.userId : null,
    consumerId: 'consumerId' in owner ? owner.consumerId : null,
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}
