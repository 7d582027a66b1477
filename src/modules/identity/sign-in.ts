import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { describeActor } from './describe-actor.js';
import type { MeView } from './identity.contracts.js';
import { verifyPassword } from './password.js';
import { sessionActor } from './resolve-actor.js';
import { type OpenedSession, openSession } from './session.js';
import { findUserByLogin } from './user.repository.js';

/**
 * Staff sign-in with login and password. Unknown login, wrong password and disabled account all fail
 * the same way and in the same time (argon2 runs against a decoy hash when there is no user).
 */
export async function signInWithPassword(
  deps: AppDeps,
  opts: { login: string; password: string },
): Promise<{ session: OpenedSession; me: MeView }> {
  const db = deps.database.db;
  const user = await findUserByLogin(db, opts.login.trim().toLowerCase());
  const ok = await verifyPassword(user?.passwordHash, opts.password);
  const actor = user && ok ? sessionActor({ userId: user.id, consumerId: null, user }) : null;
  if (!user || !actor) throw new AppError('INVALID_CREDENTIALS');
  const session = await openSession(db, deps, { userId: user.id });
  return { session, me: await describeActor(deps, { actor }) };
}
