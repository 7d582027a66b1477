import { Command } from 'commander';
import { verifyAllChains } from '../../modules/audit/index.js';
import { withDeps } from '../context.js';

export function auditCommand(): Command {
  const audit = new Command('audit').description('tamper-evident case history');
  audit
    .command('verify')
    .description('check every case’s hash chain; exits 1 if any is broken')
    .action(async () => {
      const result = await withDeps((deps) => verifyAllChains(deps.database.db));
      for (const b of result.broken) console.log(`BROKEN case ${b.caseId} at event ${b.brokenAtSeq}: ${b.problem}`);
      console.log(`${result.cases} cases, ${result.events} events checked, ${result.broken.length} broken chains`);
      process.exitCode = result.broken.length ? 1 : 0;
    });
  return audit;
}
