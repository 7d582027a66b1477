import type { AppDeps } from '../../deps.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { listSubscriptions } from './webhook.repository.js';
import { type WebhookView, webhookView } from './webhooks.contract.js';

export async function listWebhooks(deps: AppDeps, opts: { regionId: string; actor: Actor }): Promise<WebhookView[]> {
  authorize(opts.actor, 'webhook.manage', { regionId: opts.regionId });
  return (await listSubscriptions(deps.database.db, opts.regionId)).map(webhookView);
}
