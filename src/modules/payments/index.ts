// The payments module's public face: institutions and their keys, receipts, pushed transactions, refunds.
export {
  addInstitutionKey,
  jwksView,
  listInstitutionKeys,
  type PublicJwk,
  retireInstitutionKey,
} from './institution-keys.js';
export {
  getInstitution,
  INSTITUTION_KINDS,
  type InstitutionKind,
  type InstitutionRow,
  registerInstitution,
} from './institutions.js';
export { lookUpTransaction } from './look-up-transaction.js';
export { registerPaymentRoutes } from './payments.routes.js';
export { type PushedTransaction, pushTransactions } from './push-transactions.js';
export { MAX_RECEIPT_BYTES, RECEIPT_ALGS, RECEIPT_TYP, type ReceiptClaims, verifyReceipt } from './receipt.js';
export { generateReceiptKey, type ReceiptKeyPair, signReceipt } from './receipt-signer.js';
export { deliverRefundsBatch, instructRefund, REFUND_EVENT } from './refunds.js';
export { findRefund, listCaseRefunds, lockRefund, markRefundConfirmed, type RefundRow } from './refunds.repository.js';
export { formatShortCode } from './short-code.js';
export { httpTransactionSource, type TransactionSource } from './transaction-source.js';
export { type PurchaseProof, receiptKey, type VerifiedPurchase, verifyPurchase } from './verify-purchase.js';
