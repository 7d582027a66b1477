import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { randomToken, uuidv7 } from '../../lib/ids.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { insertSubscription, regionExists } from './webhook.repository.js';
import type { CreateWebhookBody, WebhookView } from './webhooks.contract.js';
import { webhookView } from './webhooks.contract.js';

/** Subscribe a URL to the region's events. The signing secret is returned here and never again. */
export async function createWebhook(
  deps: AppDeps,
  opts: { regionId: string; actor: Actor; input: CreateWebhookBody },
): Promise<WebhookView & { secret: string }> {
  authorize(opts.actor, 'webhook.manage', { regionId: opts.regionId });
  const db = deps.database.db;
  if (!(await regionExists(db, opts.regionId))) throw new AppError('REGION_NOT_FOUND', { regionId: opts.regionId });
  const secret = `whsec_${randomToken(32)}`;
  const now = deps.clock.now();
  const row = await insertSubscription(db, {
    id: uuidv7(now.getTime()),
    regionId: opts.regionId,
    url: opts.input.url,
    secret: deps.secrets.encrypt(secret),
    eventTypes: [...new Set(opts.input.eventTypes)],
    description: opts.input.description,
    active: true,
    consecutiveFailures: 0,
    createdAt: now,
  });
  return { ...webhookView(row), secret };
}
