// Where evidence bytes live. Today: a table in the case database (bytea), written in the same transaction as
// the metadata row, so a photo and its record commit or vanish together and backups hold both. An object
// store (S3, OSS, MinIO) can replace this by implementing BlobStore; since keys are content-addressed per
// case (<caseId>/<sha256>), writing a blob before the transaction and losing the transaction leaves only an
// orphan that the same upload overwrites with identical bytes.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { evidenceBlobs } from './evidence.schema.js';

export type BlobStore = {
  /** Store bytes under a new key; `db` is the caller's transaction. */
  put(db: Db, blob: { key: string; regionId: string; bytes: Buffer; at: Date }): Promise<void>;
  /** The bytes under a key, or null when there are none. */
  get(db: Db, key: string): Promise<Buffer | null>;
};

export const blobKey = (caseId: string, sha256: string): string => `${caseId}/${sha256}`;

export const databaseBlobStore: BlobStore = {
  async put(db, blob) {
    // A key is its content: a second put of the same key carries the same bytes, so it may be a no-op.
    await db
      .insert(evidenceBlobs)
      .values({ key: blob.key, regionId: blob.regionId, bytes: blob.bytes, createdAt: blob.at })
      .onConflictDoNothing();
  },
  async get(db, key) {
    const [row] = await db.select({ bytes: evidenceBlobs.bytes }).from(evidenceBlobs).where(eq(evidenceBlobs.key, key));
    return row?.bytes ?? null;
  },
};

/** The store the evidence use cases write to. */
export const blobStore: BlobStore = databaseBlobStore;
