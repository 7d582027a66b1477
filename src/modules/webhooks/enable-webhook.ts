import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { enableSubscription } from './webhook.repository.js';
import { type WebhookView, webhookView } from './webhooks.contract.js';

/**
 * Re-enable a subscription (after the receiver is fixed): failures are forgotten, and deliveries still
 * pending resume at once. Events that happened while it was disabled were not queued for it.
 */
export async function enableWebhook(
  deps: AppDeps,
  opts: { regionId: string; id: string; actor: Actor },
): Promise<WebhookView> {
  authorize(opts.actor, 'webhook.manage', { regionId: opts.regionId });
  const row = await enableSubscription(deps.database.db, opts.regionId, opts.id);
  if (!row) throw new AppError('NOT_FOUND', { webhookId: opts.id });
  return webhookView(row);
}
