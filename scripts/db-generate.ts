// Regenerate the SQL migration from the module schemas (src/db/schema.ts).
// Until the first release there is one migration, `0000_init`, regenerated whole; after it, pass a name
// (`npm run db:generate -- add_x`) to add a migration instead.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const name = process.argv[2];
if (!name) rmSync('src/db/migrations', { recursive: true, force: true });
execFileSync('npx', ['drizzle-kit', 'generate', '--name', name ?? 'init'], { stdio: 'inherit' });
