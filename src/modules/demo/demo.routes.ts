// The demo site's "pay at a shop": pick a demo shop, pay, get the receipt (link, QR code, short code) the
// demo institution signs. 404 on a deployment without the demo institution (SEED_DEMO=0).
import QRCode from 'qrcode';
import { z } from 'zod';
import type { RegisterRoutes } from '../../http/types.js';
import { AppError } from '../../lib/errors.js';
import { formatShortCode } from '../payments/index.js';
import { loadDemoReceiptKey, payAtDemoShop } from './demo-receipts.js';
import { listDemoShops } from './demo-shops.repository.js';

const tags = ['demo'];
const DemoPayBody = z.strictObject({
  mid: z.string().min(1).max(64),
  amountMinor: z.number().int().min(1).max(10_000_000),
  items: z
    .array(z.strictObject({ name: z.string().trim().min(1).max(100), qty: z.number().positive().max(1000).optional() }))
    .max(10)
    .optional(),
});
const DemoShopsView = z.object({
  items: z.array(z.object({ merchantId: z.string(), name: z.string(), industry: z.string(), mid: z.string() })),
});
const DemoPaymentView = z.object({
  token: z.string(),
  link: z.string(),
  shortCode: z.string(),
  txn: z.string(),
  paidAt: z.string(),
  qrSvg: z.string(),
});

export const registerDemoRoutes: RegisterRoutes = async (app, deps) => {
  const institution = async () => {
    const stored = await loadDemoReceiptKey(deps);
    if (!stored) throw new AppError('NOT_FOUND', { reason: 'no demo institution on this deployment' });
    return stored.institutionId;
  };

  app.get(
    '/demo/shops',
    {
      schema: {
        tags,
        summary: 'Demo shops that take payments through the demo institution',
        response: { 200: DemoShopsView },
      },
    },
    async () => ({ items: await listDemoShops(deps.database.db, await institution()) }),
  );

  app.post(
    '/demo/pay',
    {
      schema: {
        tags,
        summary: 'Pay at a demo shop: the demo institution signs a receipt (link, QR code, short code)',
        body: DemoPayBody,
        response: { 201: DemoPaymentView },
      },
    },
    async (req, reply) => {
      const shops = await listDemoShops(deps.database.db, await institution());
      if (!shops.some((s) => s.mid === req.body.mid)) throw new AppError('MERCHANT_NOT_FOUND', { mid: req.body.mid });
      const p = await payAtDemoShop(deps, {
        mid: req.body.mid,
        amountMinor: req.body.amountMinor,
        ...(req.body.items ? { items: req.body.items } : {}),
      });
      return reply.status(201).send({
        ...p,
        shortCode: formatShortCode(p.shortCode),
        qrSvg: await QRCode.toString(p.link, { type: 'svg', margin: 4 }),
      });
    },
  );
};
