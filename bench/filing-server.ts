// The app as `npm start` runs it, minus demo seeding and background jobs, listening on an ephemeral port.
// Started by bench/filing.bench.ts as a child process (its own event loop, as in production); prints one
// JSON line {"port":N} on stdout once it listens. Config comes from the environment (DATABASE_URL, …).
import { buildApp } from '../src/app.js';
import { createDeps } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { systemClock } from '../src/lib/clock.js';

const config = loadConfig({
  LOG_LEVEL: 'silent',
  SEED_DEMO: '0',
  JOBS: '0',
  RATE_LIMITS: '0',
  ...process.env,
  PORT: '0',
});
const deps = await createDeps(config, systemClock);
const app = await buildApp(deps);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await app.close();
  await deps.database.close();
  // Return normally (not process.exit) so --cpu-prof can write its profile on the way out.
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());

const address = await app.listen({ host: '127.0.0.1', port: 0 });
const port = Number(new URL(address).port);
process.stdout.write(`${JSON.stringify({ port, database: deps.database.kind })}\n`);
