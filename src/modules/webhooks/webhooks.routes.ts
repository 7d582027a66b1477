// Thin handlers: validate, call one use case, present. Each use case authorizes 'webhook.manage' for the region.
import { z } from 'zod';
import type { RegisterRoutes } from '../../http/types.js';
import { createWebhook } from './create-webhook.js';
import { deleteWebhook } from './delete-webhook.js';
import { enableWebhook } from './enable-webhook.js';
import { listWebhookDeliveries } from './list-webhook-deliveries.js';
import { listWebhooks } from './list-webhooks.js';
import {
  CreatedWebhookView,
  CreateWebhookBody,
  DeliveryList,
  ListDeliveriesQuery,
  RegionParams,
  WebhookList,
  WebhookParams,
  WebhookView,
} from './webhooks.contract.js';

const tags = ['webhooks'];
const security = [{ session: [] }];
const base = '/regions/:regionId/webhooks';

export const registerWebhookRoutes: RegisterRoutes = async (app, deps) => {
  app.post(
    base,
    {
      schema: {
        tags,
        security,
        summary: "Subscribe a URL to the region's events",
        description:
          'Returns the signing secret once. Deliveries are signed POSTs, retried with back-off; see docs/webhooks.md.',
        params: RegionParams,
        body: CreateWebhookBody,
        response: { 201: CreatedWebhookView },
      },
    },
    async (req, reply) => {
      const created = await createWebhook(deps, { regionId: req.params.regionId, actor: req.actor, input: req.body });
      return reply.status(201).send(created);
    },
  );

  app.get(
    base,
    {
      schema: {
        tags,
        security,
        summary: "The region's webhook subscriptions",
        params: RegionParams,
        response: { 200: WebhookList },
      },
    },
    async (req) => ({ items: await listWebhooks(deps, { regionId: req.params.regionId, actor: req.actor }) }),
  );

  app.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        security,
        summary: 'Delete a subscription (pending deliveries stop)',
        params: WebhookParams,
        response: { 204: z.null().meta({ description: 'Deleted' }) },
      },
    },
    async (req, reply) => {
      await deleteWebhook(deps, { regionId: req.params.regionId, id: req.params.id, actor: req.actor });
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${base}/:id/enable`,
    {
      schema: {
        tags,
        security,
        summary: 'Re-enable a subscription and reset its failure count',
        params: WebhookParams,
        response: { 200: WebhookView },
      },
    },
    async (req) => enableWebhook(deps, { regionId: req.params.regionId, id: req.params.id, actor: req.actor }),
  );

  app.get(
    `${base}/:id/deliveries`,
    {
      schema: {
        tags,
        security,
        summary: "A subscription's deliveries, newest first",
        params: WebhookParams,
        querystring: ListDeliveriesQuery,
        response: { 200: DeliveryList },
      },
    },
    async (req) =>
      listWebhookDeliveries(deps, { regionId: req.params.regionId, id: req.params.id, actor: req.actor, ...req.query }),
  );
};
