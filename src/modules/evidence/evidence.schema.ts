import { customType, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/cases.schema.js';
import { regions } from '../regions/regions.schema.js';

/** PostgreSQL bytea. node-postgres gives a Buffer, PGlite a Uint8Array: both come out as a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) =>
    Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength),
});

/**
 * A photo attached to a case (a broken product, a receipt, a sign). Metadata only: the bytes sit in the blob
 * store under `storageKey`, so listing never reads them and an object store can take them over.
 */
export const caseEvidence = pgTable(
  'case_evidence',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** Sniffed from the bytes, never the client's word: image/jpeg, image/png or image/webp. */
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** Hex SHA-256 of the stored bytes (after metadata is stripped): one copy per case. */
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    caption: text('caption'),
    /** The party that added it (consumer, merchant, mediator, regulator) and the account, when there is one. */
    addedByRole: text('added_by_role').notNull(),
    addedById: uuid('added_by_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('case_evidence_case_sha256').on(t.caseId, t.sha256),
    index('case_evidence_region_case').on(t.regionId, t.caseId, t.createdAt),
  ],
);

/** The database blob store's bytes (see blob.store.ts); keyed by storage key, written once, never updated. */
export const evidenceBlobs = pgTable('evidence_blobs', {
  key: text('key').primaryKey(),
  regionId: uuid('region_id')
    .notNull()
    .references(() => regions.id),
  bytes: bytea('bytes').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
