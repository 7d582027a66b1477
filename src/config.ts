// The only reader of process.env: one validated Config for the whole process.
import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const EnvSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** PostgreSQL connection string; when absent the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** 32+ byte secret for HMAC of lookup keys and AES-GCM of personal data; generated into the database when unset. */
  HEJIE_SECRET: z.string().min(32).optional(),
  /** Maximum request body in bytes. */
  BODY_LIMIT: z.coerce
    .number()
    .int()
    .positive()
    .default(256 * 1024),
  /** Seed the demo data set when the database has no region yet (npm start). */
  SEED_DEMO: bool.default(true),
  /** Run background jobs (deadline sweep, outbox dispatch) in this process. */
  JOBS: bool.default(true),
  JOB_INTERVAL_MS: z.coerce.number().int().positive().default(5000),
  /** Test mode: exposes POST /api/v1/test/clock to move the server's clock. Never in production. */
  TEST_CLOCK: bool.default(false),
  /** SMS adapter: 'log' writes one-time codes to the log (local development). */
  SMS_PROVIDER: z.enum(['log']).default('log'),
  /** Alternative holiday calendar file (JSON, same shape as data/holidays/cn.json). */
  HOLIDAYS_FILE: z.string().optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** Per-client limits on filing, photos, receipt checks, the mediator's reading and sign-in (src/http/rate-limits.ts). */
  RATE_LIMITS: bool.default(true),
  /**
   * Which proxies' X-Forwarded-For to believe for the client's address: 'loopback' (a proxy on this host), a hop
   * count, addresses/CIDRs (comma-separated), 'true' (any: only behind a proxy that overwrites the header) or
   * 'false'. A wrong choice lets a client pick its own address and dodge the rate limits.
   */
  TRUST_PROXY: z.string().default('loopback'),
  /** Mark the session cookie Secure (behind HTTPS). */
  COOKIE_SECURE: bool.default(false),
  /** Pool size for PostgreSQL. */
  DB_POOL_MAX: z.coerce.number().int().positive().default(20),
  /** The address people and institutions reach this platform at (QR codes, receipt links, refund callbacks). */
  PUBLIC_URL: z.string().url().optional(),
  /** Optional OpenAI-compatible chat model for drafting message text (off when unset; nothing depends on it). */
  LLM_BASE_URL: z.string().url().optional(),
  LLM_API_KEY: z.string().optional(),
  LLM_MODEL: z.string().default('qwen2.5-7b-instruct'),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
});

export type Config = {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  secret: string | undefined;
  bodyLimit: number;
  seedDemo: boolean;
  jobs: boolean;
  jobIntervalMs: number;
  testClock: boolean;
  smsProvider: 'log';
  holidaysFile: string | undefined;
  sessionTtlHours: number;
  cookieSecure: boolean;
  rateLimits: boolean;
  trustProxy: boolean | number | string;
  dbPoolMax: number;
  /** Without a trailing slash; defaults to http://<HOST>:<PORT> (127.0.0.1 when listening on all addresses). */
  publicUrl: string;
  llm: { baseUrl: string; apiKey: string | undefined; model: string; timeoutMs: number } | null;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${lines}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    secret: e.HEJIE_SECRET,
    bodyLimit: e.BODY_LIMIT,
    seedDemo: e.SEED_DEMO,
    jobs: e.JOBS,
    jobIntervalMs: e.JOB_INTERVAL_MS,
    testClock: e.TEST_CLOCK,
    smsProvider: e.SMS_PROVIDER,
    holidaysFile: e.HOLIDAYS_FILE,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE,
    rateLimits: e.RATE_LIMITS,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    dbPoolMax: e.DB_POOL_MAX,
    llm: e.LLM_BASE_URL
      ? { baseUrl: e.LLM_BASE_URL, apiKey: e.LLM_API_KEY, model: e.LLM_MODEL, timeoutMs: e.LLM_TIMEOUT_MS }
      : null,
    publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST === '0.0.0.0' ? '127.0.0.1' : e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
  };
}

/** TRUST_PROXY as Fastify takes it: a boolean, a hop count, or proxy-addr's names, addresses and CIDRs. */
function parseTrustProxy(v: string): boolean | number | string {
  const t = v.trim();
  if (t === 'true') return true;
  if (t === 'false') return false;
  if (/^\d+$/.test(t)) return Number(t);
  return t;
}
