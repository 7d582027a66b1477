// The `hejie` command. Each subcommand lives in cli/commands/ and calls the same use cases as the HTTP API.
import { Command } from 'commander';
import { adminCommand } from './commands/admin.js';
import { auditCommand } from './commands/audit.js';
import { mediatorCommand } from './commands/mediator.js';
import { migrateCommand } from './commands/migrate.js';
import { receiptCommand } from './commands/receipt.js';
import { seedCommand } from './commands/seed.js';
import { serveCommand } from './commands/serve.js';

const program = new Command('hejie')
  .description('Hejie (和解): one-click consumer dispute reconciliation')
  .addCommand(serveCommand())
  .addCommand(migrateCommand())
  .addCommand(seedCommand())
  .addCommand(adminCommand())
  .addCommand(auditCommand())
  .addCommand(mediatorCommand())
  .addCommand(receiptCommand());

await program.parseAsync(process.argv);
