import { Command } from 'commander';
import { withDeps } from '../context.js';

export function migrateCommand(): Command {
  return new Command('migrate').description('apply pending database migrations').action(async () => {
    // createDeps migrates; nothing else to do.
    await withDeps(async (deps) => {
      console.log(`migrations applied (${deps.database.kind})`);
    });
  });
}
