// Regenerates the table in docs/errors.md from ERROR_CATALOGUE (src/lib/errors.test.ts checks they agree).
import { readFileSync, writeFileSync } from 'node:fs';
import { ERROR_CATALOGUE } from '../src/lib/errors.js';

const path = 'docs/errors.md';
const begin = '<!-- codes:begin -->';
const end = '<!-- codes:end -->';
const rows = Object.entries(ERROR_CATALOGUE).map(([code, e]) => `| \`${code}\` | ${e.status} | ${e.zh} | ${e.en} |`);
const table = [begin, '| code | status | 中文 | English |', '| --- | --- | --- | --- |', ...rows, end].join('\n');
const doc = readFileSync(path, 'utf8');
writeFileSync(path, doc.replace(new RegExp(`${begin}[\\s\\S]*${end}`), table));
