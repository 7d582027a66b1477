// First-load JavaScript of the web app's pages, gzipped: the entry chunk plus every chunk a route statically
// imports (lazy chunks of other routes excluded). Reads dist/web/.vite/manifest.json from `npm run build:web`.
// Usage: npx tsx bench/web-size.ts [--json] [--max-kb 300]   (exits 1 when the consumer page exceeds --max-kb)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

type Chunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
type Manifest = Record<string, Chunk>;

const dist = new URL('../dist/web', import.meta.url).pathname;
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`no ${manifestPath}: run npm run build:web first`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;

/** The chunk keys a set of modules loads before it can render: themselves and their static imports. */
function closure(keys: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...keys];
  while (stack.length) {
    const k = stack.pop()!;
    if (seen.has(k)) continue;
    if (!manifest[k]) throw new Error(`not in the manifest: ${k}`);
    seen.add(k);
    stack.push(...(manifest[k].imports ?? []));
  }
  return seen;
}

function sizes(keys: Set<string>): { files: number; rawBytes: number; gzipBytes: number } {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const k of keys) {
    const buf = readFileSync(join(dist, manifest[k]!.file));
    rawBytes += buf.length;
    gzipBytes += gzipSync(buf, { level: 9 }).length;
  }
  return { files: keys.size, rawBytes, gzipBytes };
}

const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
// Route → the lazy modules it renders (layout + page), as App.tsx declares them.
const PAGES: Record<string, string[]> = {
  'consumer case page (/c/:id)': ['routes/consumer/ConsumerLayout.tsx', 'routes/consumer/CasePage.tsx'],
  'consumer filing page (/c/file)': ['routes/consumer/ConsumerLayout.tsx', 'routes/consumer/FilePage.tsx'],
  'consumer my cases (/c)': ['routes/consumer/ConsumerLayout.tsx', 'routes/consumer/MyCases.tsx'],
  'merchant inbox (/m)': ['routes/merchant/MerchantLayout.tsx', 'routes/merchant/Inbox.tsx'],
  'merchant case (/m/cases/:id)': ['routes/merchant/MerchantLayout.tsx', 'routes/merchant/MerchantCase.tsx'],
  'merchant stores (/m/stores)': ['routes/merchant/MerchantLayout.tsx', 'routes/merchant/Stores.tsx'],
  'merchant figures (/m/figures)': ['routes/merchant/MerchantLayout.tsx', 'routes/merchant/Figures.tsx'],
  'workbench queue (/desk)': ['routes/desk/DeskLayout.tsx', 'routes/desk/DeskQueue.tsx'],
  'workbench case (/desk/cases/:id)': ['routes/desk/DeskLayout.tsx', 'routes/desk/DeskCase.tsx'],
  'workbench dashboard (/desk/stats)': ['routes/desk/DeskLayout.tsx', 'routes/desk/Dashboard.tsx'],
  'admin (/admin)': ['routes/admin/AdminHome.tsx'],
};

const rows = Object.entries(PAGES).map(([page, mods]) => ({ page, ...sizes(closure([entry, ...mods])) }));
const kb = (n: number) => (n / 1024).toFixed(1);
const args = process.argv.slice(2);
if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log('page | JS files | raw KB | gzip KB');
  for (const r of rows) console.log(`${r.page} | ${r.files} | ${kb(r.rawBytes)} | ${kb(r.gzipBytes)}`);
}
const maxAt = args.indexOf('--max-kb');
if (maxAt >= 0) {
  const max = Number(args[maxAt + 1]) * 1024;
  const over = rows.filter((r) => r.page.startsWith('consumer') && r.gzipBytes > max);
  if (over.length) {
    console.error(`over budget: ${over.map((r) => `${r.page} ${kb(r.gzipBytes)} KB`).join(', ')}`);
    process.exit(1);
  }
}
