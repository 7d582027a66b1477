import type { AppDeps } from '../../deps.js';
import { hashToken } from './credentials.js';
import { deleteSession } from './session.repository.js';

/** Ends the session server-side, so a copied cookie stops working too. Idempotent. */
export async function signOut(deps: AppDeps, opts: { sessionToken: string | null }): Promise<void> {
  if (opts.sessionToken) await deleteSession(deps.database.db, hashToken(opts.sessionToken));
}
