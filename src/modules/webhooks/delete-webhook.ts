import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { deleteSubscription } from './webhook.repository.js';

/** Stops the subscription for good; its pending deliveries are not attempted again. */
export async function deleteWebhook(
  deps: AppDeps,
  opts: { regionId: string; id: string; actor: Actor },
): Promise<void> {
  authorize(opts.actor, 'webhook.manage', { regionId: opts.regionId });
  if (!(await deleteSubscription(deps.database.db, opts.regionId, opts.id, deps.clock.now()))) {
    throw new AppError('NOT_FOUND', { webhookId: opts.id });
  }
}
