// `hejie seed --demo`: loads the demo data set (docs/demo.md) into the configured database and prints the
// sign-in details. Refuses when the demo region already exists: a second copy cannot be made (region codes
// and logins are unique), and reseeding over live data is never what anyone wants.
import { Command } from 'commander';
import { DEMO_REGION, formatDemoSummary, seedDemo } from '../../modules/demo/index.js';
import { getRegionByCode } from '../../modules/regions/index.js';
import { withDeps } from '../context.js';

function fail(message: string): void {
  console.error(`hejie seed: ${message}`);
  process.exitCode = 1;
}

export function seedCommand(): Command {
  return new Command('seed')
    .description('load a data set into the database')
    .option('--demo', 'the demo data set: Hangzhou, its districts, organisations, merchants and cases')
    .action(async (opts: { demo?: boolean }) => {
      if (!opts.demo) {
        fail('name the data set to load: --demo');
        return;
      }
      await withDeps(async (deps) => {
        if (await getRegionByCode(deps.database.db, DEMO_REGION.code)) {
          fail(`the demo region ${DEMO_REGION.code} already exists in this database; nothing was changed`);
          return;
        }
        const summary = await seedDemo(deps);
        console.log(formatDemoSummary(summary));
        for (const p of summary.problems) console.error(`hejie seed: ${p}`);
        if (summary.problems.length) process.exitCode = 1;
      });
    });
}
