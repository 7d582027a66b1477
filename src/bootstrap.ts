import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import type { Config } from './config.js';
import { type Database, type Db, openDatabase } from './db/client.js';
import { platformSettings } from './db/schema.js';
import type { AppDeps } from './deps.js';
import { loadCalendar } from './lib/calendar/index.js';
import type { Clock } from './lib/clock.js';
import { createSecrets } from './lib/crypto.js';
import { loadMediator, type Mediator } from './mediator/index.js';
import { localDrafter, openAiCompatibleDrafter } from './modules/advice/index.js';
import { createFilingWriter } from './modules/cases/index.js';
import { createLogSms } from './modules/notifications/sms.js';

let mediator: Mediator | undefined;
/** One mediator per process: it is read-only after loading, so every app instance in the process shares it. */
export function sharedMediator(): Mediator {
  mediator ??= loadMediator();
  return mediator;
}

export function createLogger(config: Pick<Config, 'logLevel'>) {
  return pino({ level: config.logLevel, base: { service: 'hejie' } });
}

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl, poolMax: config.dbPoolMax })
    : openDatabase({ kind: 'pglite', dataDir: config.dataDir });
}

/** The platform secret: HEJIE_SECRET, else one generated on first start and kept in the database (shared by all instances). */
export async function resolveSecret(db: Db, config: Config, clock: Clock): Promise<string> {
  if (config.secret) return config.secret;
  await db
    .insert(platformSettings)
    .values({ key: 'secret', value: randomBytes(32).toString('base64url'), createdAt: clock.now() })
    .onConflictDoNothing();
  const [row] = await db.select().from(platformSettings).where(eq(platformSettings.key, 'secret'));
  if (!row) throw new Error('could not read the platform secret');
  return row.value;
}

/** Open and migrate the database and assemble every dependency of the app. */
export async function createDeps(config: Config, clock: Clock, database?: Database): Promise<AppDeps> {
  const log = createLogger(config);
  const db = database ?? (await openConfiguredDatabase(config));
  await db.migrate();
  const secret = await resolveSecret(db.db, config, clock);
  return {
    config,
    database: db,
    clock,
    calendar: loadCalendar(config.holidaysFile),
    secrets: createSecrets(secret),
    sms: createLogSms(log),
    log,
    // PGlite runs one statement at a time: more batches in flight would only queue.
    filings: createFilingWriter(db, { maxInFlight: db.kind === 'pglite' ? 1 : 2 }),
    mediator: sharedMediator,
    drafter: config.llm ? openAiCompatibleDrafter(config.llm) : localDrafter,
  };
}
