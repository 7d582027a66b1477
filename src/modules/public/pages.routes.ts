// Server-rendered pages for consumers, outside /api/v1 and hidden from the OpenAPI document: the store page
// a QR code opens, and the filing page. Thin: validate, call one use case, render.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { RegisterRoutes } from '../../http/types.js';
import { isAppError } from '../../lib/errors.js';
import { getPublicStore } from './get-public-store.js';
import { filePage, fileStartPage } from './pages/file-page.js';
import type { Page } from './pages/html.js';
import { notFoundPage, storePage } from './pages/store-page.js';
import { publicStoreView } from './public.contracts.js';

const StoreId = z.uuid();
/** A compact JWS or a short code: URL-safe characters only, and not larger than a request line should be. */
const Receipt = z
  .string()
  .min(1)
  .max(8192)
  .regex(/^[A-Za-z0-9_.~-]+$/);
const PageQuery = z.object({ store: z.string().optional(), receipt: z.string().optional() });

const STORE_NOT_FOUND = '未找到这家店铺，请确认二维码是否完整、正确。';

export const registerPublicPages: RegisterRoutes = async (app, deps) => {
  const send = (reply: FastifyReply, status: number, p: Page) => reply.status(status).headers(p.headers).send(p.html);

  /** The store, or null when the id is malformed or unknown. */
  const storeOrNull = async (id: string | undefined) => {
    if (!StoreId.safeParse(id).success) return null;
    try {
      return publicStoreView(await getPublicStore(deps, { storeId: id! }));
    } catch (err) {
      if (isAppError(err) && err.code === 'NOT_FOUND') return null;
      throw err;
    }
  };

  app.get('/s/:storeId', { schema: { hide: true } }, async (req, reply) => {
    const store = await storeOrNull((req.params as { storeId?: string }).storeId);
    return store ? send(reply, 200, storePage(store)) : send(reply, 404, notFoundPage(STORE_NOT_FOUND));
  });

  app.get('/file', { schema: { hide: true } }, async (req, reply) => {
    const q = PageQuery.safeParse(req.query);
    const query = q.success ? q.data : {};
    if (query.store !== undefined) {
      const s = await storeOrNull(query.store);
      if (!s) return send(reply, 404, notFoundPage(STORE_NOT_FOUND));
      return send(
        reply,
        200,
        filePage({
          kind: 'store',
          store: { id: s.store.id, name: s.store.name, merchantName: s.merchant.legalName, address: s.store.address },
        }),
      );
    }
    if (query.receipt !== undefined) {
      const r = Receipt.safeParse(query.receipt);
      if (!r.success) return send(reply, 400, notFoundPage('小票链接不完整或已损坏，请重新扫描小票上的二维码。'));
      return send(reply, 200, filePage({ kind: 'receipt', receipt: r.data }));
    }
    return send(reply, 200, fileStartPage());
  });
};
