// The merchants module's public face: other modules and the app import only from here.
// Use cases (they authorize: pass SYSTEM from seeds and jobs).
export { addPaymentAccount } from './add-payment-account.js';
export { createMerchant } from './create-merchant.js';
export { createStore } from './create-store.js';
// Reads, for other modules (filing, views, institution callbacks).
export {
  getMerchant,
  getMerchantByCreditCode,
  getMerchantById,
  getStore,
  listStores,
  type MerchantRow,
  type StoreRow,
} from './merchant.repository.js';
export { registerMerchantRoutes } from './merchants.routes.js';
export { INDUSTRIES, type Industry } from './merchants.schema.js';
export {
  listPaymentAccounts,
  type MidHolder,
  type PaymentAccountRow,
  resolveMerchantByMid,
} from './payment-account.repository.js';
