// Thin handlers: validate (zod), resolve the region or merchant named in the URL, call one use case, present.
// Authorization is in the use cases (identity/policy.ts), where the merchant's region is known.
import type { RegisterRoutes } from '../../http/types.js';
import { storePageUrl } from '../public/store-qr.js';
import { districtsById, RegionCodeParams, resolveRegion } from '../regions/index.js';
import { addPaymentAccount } from './add-payment-account.js';
import { registerAutoResolutionRoutes } from './auto-resolution.routes.js';
import { registerCommitmentRoutes } from './commitments.routes.js';
import { createMerchant } from './create-merchant.js';
import { createStore } from './create-store.js';
import { getMerchantProfile } from './get-merchant-profile.js';
import { importMerchants } from './import-merchants.js';
import { listMerchants } from './list-merchants.js';
import {
  AddPaymentAccountBody,
  AddPaymentAccountView,
  CreateMerchantBody,
  CreateStoreBody,
  IMPORT_MAX_ROWS,
  ImportMerchantsBody,
  ImportMerchantsView,
  ListMerchantsQuery,
  MerchantIdParams,
  MerchantPageView,
  MerchantProfileView,
  MerchantView,
  merchantPublicView,
  merchantView,
  paymentAccountView,
  StoreView,
  storeView,
  UpdateMerchantBody,
} from './merchants.contracts.js';
import { updateMerchant } from './update-merchant.js';

const tags = ['merchants'];

export const registerMerchantRoutes: RegisterRoutes = async (app, deps) => {
  const db = deps.database.db;

  app.post(
    '/regions/:code/merchants',
    {
      schema: {
        tags,
        summary: 'Register a merchant by its unified social credit code (regulator of the region)',
        params: RegionCodeParams,
        body: CreateMerchantBody,
        response: { 201: MerchantView },
      },
    },
    async (req, reply) => {
      const region = await resolveRegion(db, req.params.code);
      const m = await createMerchant(deps, { regionId: region.id, actor: req.actor, input: req.body });
      return reply.status(201).send(merchantView(m, await districtsById(db, region.id)));
    },
  );

  app.post(
    '/regions/:code/merchants/import',
    {
      // A chunk of IMPORT_MAX_ROWS rows with Chinese names and addresses is ~0.3–0.6 MB of JSON.
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags,
        summary: `Import merchants: up to ${IMPORT_MAX_ROWS} rows, each reported as created, exists (unchanged) or error; idempotent (regulator of the region, platform admin)`,
        params: RegionCodeParams,
        body: ImportMerchantsBody,
        response: { 200: ImportMerchantsView },
      },
    },
    async (req) => {
      const region = await resolveRegion(db, req.params.code);
      return importMerchants(deps, { regionId: region.id, actor: req.actor, rows: req.body.rows });
    },
  );

  app.get(
    '/regions/:code/merchants',
    {
      schema: {
        tags,
        summary: "A region's merchants: search by name or credit code, filter by industry and district",
        params: RegionCodeParams,
        querystring: ListMerchantsQuery,
        response: { 200: MerchantPageView },
      },
    },
    async (req) => {
      const region = await resolveRegion(db, req.params.code);
      const page = await listMerchants(deps, { regionId: region.id, query: req.query });
      return { items: page.items.map((m) => merchantPublicView(m, page.districts)), nextAfter: page.nextAfter };
    },
  );

  app.get(
    '/merchants/:id',
    {
      schema: {
        tags,
        summary: "A merchant's public profile with its stores",
        params: MerchantIdParams,
        response: { 200: MerchantProfileView },
      },
    },
    async (req) => {
      const p = await getMerchantProfile(deps, { merchantId: req.params.id });
      return {
        ...merchantPublicView(p.merchant, p.districts),
        region: { code: p.region.code, name: p.region.name },
        stores: p.stores.map((s) => storeView(s, p.districts, storePageUrl(deps.config, s.id))),
      };
    },
  );

  app.patch(
    '/merchants/:id',
    {
      schema: {
        tags,
        summary: "Edit a merchant's details (its staff, or the regulator of its region)",
        params: MerchantIdParams,
        body: UpdateMerchantBody,
        response: { 200: MerchantView },
      },
    },
    async (req) => {
      const m = await updateMerchant(deps, { merchantId: req.params.id, actor: req.actor, input: req.body });
      return merchantView(m, await districtsById(db, m.regionId));
    },
  );

  app.post(
    '/merchants/:id/stores',
    {
      schema: {
        tags,
        summary: 'Add a store (its staff, or the regulator of its region)',
        params: MerchantIdParams,
        body: CreateStoreBody,
        response: { 201: StoreView },
      },
    },
    async (req, reply) => {
      const s = await createStore(deps, { merchantId: req.params.id, actor: req.actor, input: req.body });
      return reply.status(201).send(storeView(s, await districtsById(db, s.regionId), storePageUrl(deps.config, s.id)));
    },
  );

  app.post(
    '/merchants/:id/payment-accounts',
    {
      schema: {
        tags,
        summary:
          "Map a payment institution's merchant id (mid) to this merchant (regulator of the region, platform admin)",
        params: MerchantIdParams,
        body: AddPaymentAccountBody,
        response: { 200: AddPaymentAccountView, 201: AddPaymentAccountView },
      },
    },
    async (req, reply) => {
      const r = await addPaymentAccount(deps, { merchantId: req.params.id, actor: req.actor, input: req.body });
      // 200 when the merchant already held this mid: the request is idempotent.
      return reply
        .status(r.created ? 201 : 200)
        .send({ account: paymentAccountView(r.account), closed: r.closed.map(paymentAccountView) });
    },
  );

  await registerCommitmentRoutes(app, deps);

  await registerAutoResolutionRoutes(app, deps);
};
