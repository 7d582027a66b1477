// Server-rendered pages for consumers, outside /api/v1 and hidden from the OpenAPI document: the store page
// a QR code opens, the filing page (by store, receipt, receipt link /r/<token> or printed short code), and the
// demo site's "pay at a shop". Thin: validate, call one use case, render.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { RegisterRoutes } from '../../http/types.js';
import { isAppError } from '../../lib/errors.js';
import { getPublicStore } from './get-public-store.js';
import { demoPayPage } from './pages/demo-pay-page.js';
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
/** A short code as a person types it (any case, spaces or dashes); POST /api/v1/receipts/verify normalises it. */
const ShortCode = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9 -]+$/)
  .transform((s) => s.toUpperCase());
const PageQuery = z.object({
  store: z.string().optional(),
  receipt: z.string().optional(),
  code: z.string().optional(),
});

const STORE_NOT_FOUND = '未找到这家店铺，请确认二维码是否完整、正确。';
const BAD_RECEIPT = '小票链接不完整或已损坏，请重新扫描小票上的二维码。';
const BAD_CODE = '查询码只含字母和数字（如 7K3M2-Q9XD0），请核对后重新输入。';

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

  const receiptPage = (reply: FastifyReply, token: string | undefined) => {
    const r = Receipt.safeParse(token);
    if (!r.success) return send(reply, 400, notFoundPage(BAD_RECEIPT));
    return send(reply, 200, filePage({ kind: 'receipt', receipt: r.data }));
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
    if (query.receipt !== undefined) return receiptPage(reply, query.receipt);
    if (query.code !== undefined) {
      const c = ShortCode.safeParse(query.code);
      if (!c.success) return send(reply, 400, fileStartPage({ error: BAD_CODE, code: query.code.slice(0, 32) }));
      return send(reply, 200, filePage({ kind: 'code', code: c.data }));
    }
    return send(reply, 200, fileStartPage());
  });

  // The receipt link an institution prints as a QR code: the filing page, pre-filled from the receipt. A
  // wildcard, not '/r/:token': a compact JWS is longer than Fastify's 100-character limit on a path parameter.
  app.get('/r/*', { schema: { hide: true } }, async (req, reply) =>
    receiptPage(reply, (req.params as { '*'?: string })['*']),
  );

  app.get('/demo/pay', { schema: { hide: true } }, async (_req, reply) => send(reply, 200, demoPayPage()));
};
