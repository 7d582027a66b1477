// Request and response shapes of the webhook API (validation and OpenAPI).
import { z } from 'zod';
import type { DeliveryRow, SubscriptionRow } from './webhook.repository.js';
import { webhookUrlProblem } from './webhook.url.js';

const EVENT_TYPE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

export const CreateWebhookBody = z.strictObject({
  url: z
    .string()
    .trim()
    .max(2000)
    .superRefine((v, ctx) => {
      const problem = webhookUrlProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .meta({ description: 'https://…, or http://127.0.0.1 / http://localhost for local development' }),
  eventTypes: z
    .array(z.string().regex(EVENT_TYPE, 'an event type such as case.filed'))
    .max(100)
    .default([])
    .meta({ description: 'Event types to receive, e.g. ["case.filed","case.escalated"]; empty or absent = all' }),
  description: z.string().trim().max(200).default(''),
});
export type CreateWebhookBody = z.infer<typeof CreateWebhookBody>;

export const RegionParams = z.strictObject({ regionId: z.uuid() });
export const WebhookParams = z.strictObject({ regionId: z.uuid(), id: z.uuid() });

export const WebhookView = z.object({
  id: z.uuid(),
  regionId: z.uuid(),
  url: z.string(),
  eventTypes: z.array(z.string()),
  description: z.string(),
  active: z.boolean(),
  consecutiveFailures: z.number().int(),
  disabledAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type WebhookView = z.infer<typeof WebhookView>;

export const CreatedWebhookView = WebhookView.extend({
  secret: z.string().meta({ description: 'The signing secret. Shown only in this response: store it now.' }),
});

export const WebhookList = z.object({ items: z.array(WebhookView) });

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;

export const ListDeliveriesQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  before: z.uuid().optional(),
  status: z.enum(DELIVERY_STATUSES).optional(),
});

export const DeliveryView = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  eventType: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.iso.datetime().nullable().meta({ description: 'When the next attempt is due (pending only)' }),
  lastAttemptAt: z.iso.datetime().nullable(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  deliveredAt: z.iso.datetime().nullable(),
});
export type DeliveryView = z.infer<typeof DeliveryView>;

export const DeliveryList = z.object({ items: z.array(DeliveryView), nextBefore: z.uuid().nullable() });

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function webhookView(s: SubscriptionRow): WebhookView {
  return {
    id: s.id,
    regionId: s.regionId,
    url: s.url,
    eventTypes: s.eventTypes,
    description: s.description,
    active: s.active,
    consecutiveFailures: s.consecutiveFailures,
    disabledAt: iso(s.disabledAt),
    createdAt: s.createdAt.toISOString(),
  };
}

export function deliveryView(d: DeliveryRow): DeliveryView {
  return {
    id: d.id,
    eventId: d.eventId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.status === 'pending' ? d.nextAttemptAt.toISOString() : null,
    lastAttemptAt: iso(d.lastAttemptAt),
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    createdAt: d.createdAt.toISOString(),
    deliveredAt: iso(d.deliveredAt),
  };
}
