import type { AppDeps } from '../../deps.js';
import { appendAudit } from '../audit/index.js';
import { type Actor, actorId } from '../identity/actor.js';
import { runCaseCommand } from './case.command.js';
import { snapshot } from './case.lifecycle.js';
import { updateCase } from './case.repository.js';

/**
 * The cases whose tokens a consumer presented when signing in with their phone join their account: the token
 * proves who filed, the code proves the phone. Each link is in the case's audit trail ('consumer_linked'), so
 * who can act on a case is always on record; no event goes out (nothing about the dispute changed). A case
 * already on an account stays there. Returns how many were linked.
 */
export async function linkCasesToAccount(
  deps: AppDeps,
  opts: { consumerId: string; caseIds: readonly string[] },
): Promise<number> {
  const actor: Actor = { kind: 'consumer', consumerId: opts.consumerId, caseIds: [...opts.caseIds] };
  let linked = 0;
  for (const caseId of opts.caseIds) {
    await runCaseCommand(deps, { caseId, actor }, async (ctx, c) => {
      if (c.consumerId !== null) return;
      const updated = await updateCase(ctx.tx, c, { consumerId: opts.consumerId, updatedAt: ctx.now });
      await appendAudit(ctx.tx, {
        regionId: c.regionId,
        caseId: c.id,
        actorId: actorId(ctx.actor),
        actorRole: ctx.role,
        action: 'consumer_linked',
        before: snapshot(c),
        after: snapshot(updated),
        at: ctx.now,
      });
      linked++;
    });
  }
  return linked;
}
