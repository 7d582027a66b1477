import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import type { WorkingDayCalendar } from './lib/calendar/index.js';
import type { Clock } from './lib/clock.js';
import type { Secrets } from './lib/crypto.js';
import type { Mediator } from './mediator/index.js';
import type { Drafter } from './modules/advice/drafter.js';
import type { FilingWriter } from './modules/cases/filing.writer.js';
import type { SmsSender } from './modules/notifications/sms.js';

/** Everything the app needs from outside, built once by main.ts (or by a test) and passed down explicitly. */
export type AppDeps = {
  config: Config;
  database: Database;
  clock: Clock;
  calendar: WorkingDayCalendar;
  secrets: Secrets;
  sms: SmsSender;
  log: FastifyBaseLogger;
  /** Writes new cases in groups (see modules/cases/filing.writer.ts). */
  filings: FilingWriter;
  /** The AI mediator, loaded on first use (laws, dictionary, model: ~0.2 s), then shared by the process. */
  mediator(): Mediator;
  /** Drafts message text: from the mediator's reading, polished by an LLM when one is configured. */
  drafter: Drafter;
};
