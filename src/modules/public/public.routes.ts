// Public API (no sign-in): a store's QR code and printable sign, and what anyone may know about a store.
import { z } from 'zod';
import type { RegisterRoutes } from '../../http/types.js';
import { getPublicStore } from './get-public-store.js';
import { PublicStoreView, publicStoreView, StoreIdParams } from './public.contracts.js';
import { renderStoreQr } from './render-store-qr.js';
import { renderStoreSign } from './render-store-sign.js';

const tags = ['public'];
const PngQuery = z.strictObject({ size: z.coerce.number().int().min(128).max(2048).default(512) });

export const registerPublicRoutes: RegisterRoutes = async (app, deps) => {
  app.get(
    '/stores/:id/qr.svg',
    {
      schema: {
        tags,
        summary: "The store's 放心消费收款码 as SVG: a QR code of <PUBLIC_URL>/s/<storeId>",
        params: StoreIdParams,
      },
    },
    async (req, reply) => {
      const qr = await renderStoreQr(deps, { storeId: req.params.id, format: 'svg' });
      return reply.type('image/svg+xml; charset=utf-8').header('cache-control', 'public, max-age=86400').send(qr.body);
    },
  );

  app.get(
    '/stores/:id/qr.png',
    {
      schema: {
        tags,
        summary: "The store's 放心消费收款码 as PNG (size: width in pixels, 128–2048, default 512)",
        params: StoreIdParams,
        querystring: PngQuery,
      },
    },
    async (req, reply) => {
      const qr = await renderStoreQr(deps, { storeId: req.params.id, format: 'png', widthPx: req.query.size });
      return reply.type('image/png').header('cache-control', 'public, max-age=86400').send(qr.body);
    },
  );

  app.get(
    '/stores/:id/sign.pdf',
    {
      schema: {
        tags,
        summary: "A printable A6 sign: store, merchant, QR code and the merchant's commitments in force",
        params: StoreIdParams,
      },
    },
    async (req, reply) => {
      const pdf = await renderStoreSign(deps, { storeId: req.params.id });
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="hejie-sign-${req.params.id}.pdf"`)
        .header('cache-control', 'public, max-age=300')
        .send(pdf);
    },
  );

  app.get(
    '/public/stores/:id',
    {
      schema: {
        tags,
        summary:
          'A store as the public sees it: names, credit code, district, commitments in force, and its merchant’s complaint figures over the last 365 days',
        params: StoreIdParams,
        response: { 200: PublicStoreView },
      },
    },
    async (req, reply) => {
      const store = await getPublicStore(deps, { storeId: req.params.id });
      void reply.header('cache-control', 'public, max-age=60');
      return publicStoreView(store);
    },
  );
};
