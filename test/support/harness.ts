// Builds the real app on a fresh, real database for one integration test file:
// PGlite in memory by default, or a new PostgreSQL database when DATABASE_URL is set.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/app.js';
import { createDeps } from '../../src/bootstrap.js';
import { type Config, loadConfig } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/client.js';
import type { AppDeps } from '../../src/deps.js';
import { ManualClock } from '../../src/lib/clock.js';
import { uuidv7 } from '../../src/lib/ids.js';

export type TestContext = {
  app: FastifyInstance;
  deps: AppDeps;
  clock: ManualClock;
  config: Config;
  /** Inject a JSON request; returns the response with `data` parsed. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON the API returned
  request(opts: InjectOptions): Promise<LightMyRequestResponse & { body: string; data: any }>;
  close(): Promise<void>;
};

export const usingPostgres = Boolean(process.env.DATABASE_URL);

/** A database of its own for one test file (dropped on close). */
export async function freshDatabase(): Promise<{ database: Database; url?: string; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    return { database, drop: async () => {} };
  }
  const name = `hejie_t_${uuidv7().replace(/-/g, '').slice(-16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: u.toString(), poolMax: 10 });
  return {
    database,
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Build the app on a given database (tests that reopen a database use this directly). */
export async function bootApp(
  database: Database,
  clock: ManualClock,
  env: Record<string, string> = {},
  onClose: () => Promise<void> = async () => {},
): Promise<TestContext> {
  // Rate limits off unless a test turns them on: the suites file and sign in far faster than any person.
  const config = loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: '0', JOBS: '0', RATE_LIMITS: '0', ...env });
  const deps = await createDeps(config, clock, database);
  const app = await buildApp(deps);
  return {
    app,
    deps,
    clock,
    config,
    async request(o) {
      const res = await app.inject(o);
      let data: unknown;
      try {
        data = res.body ? JSON.parse(res.body) : undefined;
      } catch {
        data = undefined;
      }
      return Object.assign(res, { data });
    },
    async close() {
      await app.close();
      await database.close();
      await onClose();
    },
  };
}

export async function startTestApp(opts: { start?: Date; env?: Record<string, string> } = {}): Promise<TestContext> {
  const clock = new ManualClock(opts.start ?? new Date('2026-03-02T02:00:00Z'));
  const { database, drop } = await freshDatabase();
  return bootApp(database, clock, opts.env, drop);
}
