import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { signFontPath } from './sign-font.js';
import { woffToSfnt } from './woff.js';

test('the sign font unwraps to a TrueType font with its tables intact', () => {
  const woff = readFileSync(signFontPath());
  const sfnt = woffToSfnt(woff);
  assert.equal(sfnt.readUInt32BE(0), 0x00010000, 'TrueType flavour');
  const numTables = sfnt.readUInt16BE(4);
  assert.equal(numTables, woff.readUInt16BE(12));
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < numTables; i++) {
    const e = 12 + i * 16;
    tables.set(sfnt.toString('latin1', e, e + 4), {
      offset: sfnt.readUInt32BE(e + 8),
      length: sfnt.readUInt32BE(e + 12),
    });
  }
  for (const tag of ['cmap', 'glyf', 'head', 'hmtx', 'loca']) assert.ok(tables.has(tag), tag);
  const head = tables.get('head')!;
  assert.equal(sfnt.readUInt32BE(head.offset + 12), 0x5f0f3cf5, 'head magic number');
  for (const t of tables.values()) assert.ok(t.offset + t.length <= sfnt.length);
});

test('anything but WOFF 1.0 is refused', () => {
  assert.throws(() => woffToSfnt(Buffer.from('wOF2\0\0\0\0', 'latin1')), /not a WOFF 1.0 font/);
});
