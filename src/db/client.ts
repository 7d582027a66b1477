import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type DataDirLock, lockDataDir } from './data-dir-lock.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** A database or a transaction: repositories accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Apply pending migrations (safe to call from several instances at once on PostgreSQL). */
  migrate(): Promise<void>;
  /**
   * A hot statement with its SQL text fixed, by name: PostgreSQL parses and plans it once per connection.
   * Rows come back as the driver gives them (snake_case, no mapping). For the few paths where that matters.
   */
  query<T>(statement: PreparedStatement, params: unknown[]): Promise<T[]>;
  ping(): Promise<void>;
  close(): Promise<void>;
};

export type PreparedStatement = { name: string; text: string };

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolMax?: number }
  /** dataDir: a directory, or 'memory://' for a throw-away database (tests). */
  | { kind: 'pglite'; dataDir: string };

const migrationsFolder = new URL('./migrations', import.meta.url).pathname;
// Arbitrary constant: the advisory lock that serialises migrations across instances.
const MIGRATION_LOCK = 72_046_101;

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolMax ?? 20 });
    // An idle connection dropped by the server (restart, failover) must not crash the process; the pool replaces it.
    pool.on('error', (err) => {
      process.emitWarning(`PostgreSQL idle connection error: ${err.message}`);
    });
    // bigint (count, sums) arrives as a string from node-postgres; PGlite gives a number. Normalise here, once.
    pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
    const db = drizzleNodePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      async migrate() {
        const client = await pool.connect();
        try {
          await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
          await migrateNodePg(drizzleNodePg(client, { schema }), { migrationsFolder });
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
          client.release();
        }
      },
      async query<T>(st: PreparedStatement, params: unknown[]) {
        return (await pool.query({ name: st.name, text: st.text, values: params })).rows as T[];
      },
      async ping() {
        await db.execute(sql`select 1`);
      },
      async close() {
        await pool.end();
      },
    };
  }
  let lock: DataDirLock | undefined;
  if (!opts.dataDir.startsWith('memory://')) lock = lockDataDir(opts.dataDir);
  try {
    const client = new PGlite(opts.dataDir);
    await client.waitReady;
    const pgliteDb = drizzlePglite(client, { schema });
    const db = pgliteDb as unknown as Db;
    return {
      db,
      kind: 'pglite',
      async migrate() {
        await migratePglite(pgliteDb, { migrationsFolder });
      },
      async query<T>(st: PreparedStatement, params: unknown[]) {
        return (await client.query<T>(st.text, params)).rows;
      },
      async ping() {
        await db.execute(sql`select 1`);
      },
      async close() {
        await client.close();
        lock?.release();
      },
    };
  } catch (e) {
    lock?.release();
    throw e;
  }
}

/** Rows of a raw `db.execute(sql…)` on either driver. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** The SQLSTATE of a database error, on either driver (drizzle wraps the driver's error in `cause`). */
export function sqlState(e: unknown): string | undefined {
  const err = e as { code?: unknown; cause?: { code?: unknown } };
  if (typeof err?.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code)) return err.code;
  return typeof err?.cause?.code === 'string' ? err.cause.code : undefined;
}
