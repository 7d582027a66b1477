import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ERROR_CATALOGUE } from './errors.js';

// docs/errors.md is the contract clients code against: every code, with its status, must be there, and nothing else.
test('docs/errors.md lists exactly the error codes, each with its HTTP status', () => {
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
  const rows = [...doc.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*(\d{3})\s*\|/gm)].map((m) => [m[1]!, Number(m[2])] as const);
  const documented = new Map(rows);
  assert.equal(documented.size, rows.length, 'a code is documented twice');
  for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
    assert.equal(
      documented.get(code),
      entry.status,
      `docs/errors.md: ${code} should be listed with status ${entry.status}`,
    );
  }
  for (const code of documented.keys()) assert.ok(code in ERROR_CATALOGUE, `docs/errors.md lists unknown code ${code}`);
});

test('every error code has a Chinese and an English message', () => {
  for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
    assert.match(entry.zh, /[\u4e00-\u9fff]/, `${code} needs a Chinese message`);
    assert.match(entry.en, /[A-Za-z]/, `${code} needs an English message`);
  }
});
