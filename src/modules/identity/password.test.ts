import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, verifyPassword } from './password.js';

test('argon2id hashes verify only the right password; a missing or junk hash never verifies', async () => {
  const stored = await hashPassword('correct horse battery');
  assert.match(stored, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  assert.equal(await verifyPassword(stored, 'correct horse battery'), true);
  assert.equal(await verifyPassword(stored, 'correct horse batterY'), false);
  assert.equal(await verifyPassword(undefined, 'correct horse battery'), false);
  assert.equal(await verifyPassword('not-a-hash', 'correct horse battery'), false);
});
