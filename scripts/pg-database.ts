// `tsx scripts/pg-database.ts create|drop <admin-url> <name>`: a throw-away PostgreSQL database for CI.
import pg from 'pg';

const [action, url, name] = process.argv.slice(2);
if (!action || !url || !name || !/^[a-z_][a-z0-9_]*$/.test(name)) {
  console.error('usage: pg-database.ts create|drop <admin-url> <name>');
  process.exit(2);
}
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  if (action === 'create') await client.query(`CREATE DATABASE ${name}`);
  else if (action === 'drop') await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  else throw new Error(`unknown action ${action}`);
} finally {
  await client.end();
}
