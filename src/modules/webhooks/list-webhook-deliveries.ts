import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { type DeliveryStatus, findSubscription, listDeliveries } from './webhook.repository.js';
import { type DeliveryView, deliveryView } from './webhooks.contract.js';

/** A subscription's deliveries, newest first, for the operator debugging a receiver. */
export async function listWebhookDeliveries(
  deps: AppDeps,
  opts: { regionId: string; id: string; actor: Actor; limit: number; before?: string; status?: DeliveryStatus },
): Promise<{ items: DeliveryView[]; nextBefore: string | null }> {
  authorize(opts.actor, 'webhook.manage', { regionId: opts.regionId });
  const db = deps.database.db;
  if (!(await findSubscription(db, opts.regionId, opts.id))) throw new AppError('NOT_FOUND', { webhookId: opts.id });
  const rows = await listDeliveries(db, opts.regionId, opts.id, opts);
  return { items: rows.map(deliveryView), nextBefore: rows.length === opts.limit ? rows.at(-1)!.id : null };
}
