// The merchants module's public face: other modules and the app import only from here.
// Use cases (they authorize: pass SYSTEM from seeds and jobs).
export { addPaymentAccount } from './add-payment-account.js';
export {
  type AutoResolutionPolicyRow,
  matchPolicy,
  type PolicyCase,
  setAutoResolutionPolicy,
} from './auto-resolution.js';
export { listPolicies as listAutoResolutionPoliciesOf } from './auto-resolution.repository.js';
// Commitments as consumers read them (store page, printed sign, public API).
export type { CommitmentRow } from './commitment.repository.js';
export { COMMITMENT_TITLES, commitmentLine, commitmentText } from './commitment.text.js';
export { CommitmentView, commitmentView } from './commitments.contracts.js';
export { createMerchant } from './create-merchant.js';
export { createStore } from './create-store.js';
export { listCommitments } from './list-commitments.js';
// Reads, for other modules (filing, views, institution callbacks).
export {
  getMerchant,
  getMerchantByCreditCode,
  getMerchantById,
  getStore,
  getStoreById,
  listStores,
  type MerchantRow,
  type StoreRow,
} from './merchant.repository.js';
export { registerMerchantRoutes } from './merchants.routes.js';
export {
  COMMITMENT_KINDS,
  type CommitmentKind,
  INDUSTRIES,
  INDUSTRY_NAMES,
  type Industry,
} from './merchants.schema.js';
export { resolveMidCached } from './mid-resolver.js';
export {
  listPaymentAccounts,
  type MidHolder,
  type PaymentAccountRow,
  resolveMerchantByMid,
} from './payment-account.repository.js';
export { signCommitment } from './sign-commitment.js';
export { withdrawCommitment } from './withdraw-commitment.js';
