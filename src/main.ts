import { buildApp } from './app.js';
import { createDeps } from './bootstrap.js';
import { loadConfig } from './config.js';
import { startJobs } from './jobs/index.js';
import { ManualClock, systemClock } from './lib/clock.js';
import { seedDemoIfEmpty } from './modules/demo/index.js';

const config = loadConfig();
const clock = config.testClock ? new ManualClock() : systemClock;
const deps = await createDeps(config, clock);
if (config.seedDemo) await seedDemoIfEmpty(deps);
// Load the AI mediator now (laws, dictionary, model) rather than stall the first request or job that needs it.
const mediatorLoad = performance.now();
const { modelInfo } = deps.mediator();
deps.log.info({ ms: Math.round(performance.now() - mediatorLoad), model: modelInfo }, 'AI mediator loaded');
const app = await buildApp(deps);
const jobs = config.jobs ? startJobs(deps) : undefined;

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  deps.log.info({ signal }, 'shutting down');
  await jobs?.stop();
  await app.close();
  await deps.database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

const address = await app.listen({ host: config.host, port: config.port });
deps.log.info({ address, database: deps.database.kind }, `Hejie is serving at ${address}`);
