// Every module's tables, for drizzle's typed client and for drizzle-kit's migration generator.
export * from '../modules/audit/audit.schema.js';
export * from '../modules/cases/cases.schema.js';
export * from '../modules/evidence/evidence.schema.js';
export * from '../modules/identity/identity.schema.js';
export * from '../modules/mediation/mediation.schema.js';
export * from '../modules/merchants/merchants.schema.js';
export * from '../modules/notifications/notifications.schema.js';
export * from '../modules/outbox/outbox.schema.js';
export * from '../modules/payments/payments.schema.js';
export * from '../modules/regions/regions.schema.js';
export * from '../modules/webhooks/webhooks.schema.js';
