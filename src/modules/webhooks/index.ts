// The webhooks module's public face: other modules and the app import only from here.

export { type PostResult, postSigned } from './signed-post.js';
export { deliverWebhooksBatch } from './webhook.deliverer.js';
export { type QueuedEvent, queueDeliveries } from './webhook.repository.js';
export { afterAttempt, backoffMs, DISABLE_AFTER_CONSECUTIVE_FAILURES, MAX_ATTEMPTS } from './webhook.retry.js';
export { SIGNATURE_HEADER, signWebhook, verifyWebhookSignature } from './webhook.signature.js';
export { webhookUrlProblem } from './webhook.url.js';
export { registerWebhookRoutes } from './webhooks.routes.js';
