// `hejie admin create --login <login> --password <pw> [--name <display name>]`: bootstraps a platform
// admin (the first account of a fresh installation; every other account is created through the API).
import { Command } from 'commander';
import { z } from 'zod';
import { isAppError } from '../../lib/errors.js';
import { LoginName, NewPassword } from '../../modules/identity/identity.contracts.js';
import { createStaffUser } from '../../modules/identity/index.js';
import { withDeps } from '../context.js';

const Options = z.object({
  login: LoginName,
  password: NewPassword,
  name: z.string().trim().min(1).max(64).optional(),
});

function fail(message: string): void {
  console.error(`hejie admin create: ${message}`);
  process.exitCode = 1;
}

export function adminCommand(): Command {
  const admin = new Command('admin').description('platform administrators');
  admin
    .command('create')
    .description('create a platform admin (refuses a login that exists)')
    .requiredOption('--login <login>', 'sign-in name: 3–64 of a-z 0-9 . _ @ -')
    .requiredOption('--password <password>', 'at least 10 characters')
    .option('--name <name>', 'display name (default: the login)')
    .action(async (raw: unknown) => {
      const parsed = Options.safeParse(raw);
      if (!parsed.success) {
        fail(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
        return;
      }
      const { login, password, name } = parsed.data;
      await withDeps(async (deps) => {
        try {
          const user = await createStaffUser(deps, {
            regionId: null,
            input: { login, password, displayName: name ?? login, role: 'platform_admin' },
          });
          console.log(`platform admin "${user.login}" created (id ${user.id})`);
        } catch (e) {
          if (isAppError(e) && e.code === 'ALREADY_EXISTS') fail(`a user with login "${login}" already exists`);
          else throw e;
        }
      });
    });
  return admin;
}
