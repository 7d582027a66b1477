import { Command } from 'commander';

export function serveCommand(): Command {
  return new Command('serve').description('serve the platform (same as npm start)').action(async () => {
    await import('../../main.js');
  });
}
