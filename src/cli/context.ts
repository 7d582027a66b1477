import { createDeps } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import type { AppDeps } from '../deps.js';
import { systemClock } from '../lib/clock.js';

/** Open the configured database (migrated) for one CLI command, and always close it. */
export async function withDeps<T>(fn: (deps: AppDeps) => Promise<T>): Promise<T> {
  const deps = await createDeps(loadConfig(), systemClock);
  try {
    return await fn(deps);
  } finally {
    await deps.database.close();
  }
}
