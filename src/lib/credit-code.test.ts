import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { creditCodeCheckChar, makeCreditCode, orgCodeCheckChar, validateCreditCode } from './credit-code.js';

// Worked example, by hand:
//   organisation code body 73519284, GB 11714 weights 3,7,9,10,5,8,4,2:
//   21+21+45+10+45+16+32+8 = 198; 198 mod 11 = 0; 11 - 0 = 11 → '0'
//   first 17 = 91 330106 73519284 0; Σ value×weight = 933; 933 mod 31 = 3; 31 - 3 = 28 → 'W'
const WORKED = '91330106735192840W';

/** Recompute the final check character of a modified first 17, so only the structural fault remains. */
const withCheck = (first17: string) => first17 + creditCodeCheckChar(first17);

describe('creditCodeCheckChar / orgCodeCheckChar', () => {
  test('the worked example', () => {
    assert.equal(orgCodeCheckChar('73519284'), '0');
    assert.equal(creditCodeCheckChar('91330106735192840'), 'W');
  });

  test('an organisation check of 10 is written X, and X takes part in the final check', () => {
    assert.equal(orgCodeCheckChar('58723012'), 'X');
    assert.equal(creditCodeCheckChar('9251010458723012X'), 'P');
  });

  test('a final sum divisible by 31 gives check character 0', () => {
    assert.equal(creditCodeCheckChar('52350200200000486'), '0');
  });

  test('letters in the organisation code count by alphabet place (A=10 … Z=35)', () => {
    // M=22, A=10, 2, H=17, 7, K=20, 3, Q=26: 66+70+18+170+35+160+12+52 = 583 = 53×11 → 11 → '0'
    assert.equal(orgCodeCheckChar('MA2H7K3Q'), '0');
  });

  test('refuses input that is not 17 charset characters', () => {
    assert.throws(() => creditCodeCheckChar('9133010673519284'));
    assert.throws(() => creditCodeCheckChar('9133010673519284O'));
  });
});

describe('validateCreditCode: valid codes', () => {
  for (const code of [
    WORKED, // enterprise, Hangzhou Xihu district
    '9251010458723012XP', // individual business (92), Chengdu Jinjiang district, organisation check X
    '53350200MA2H7K3Q09', // social organisation (civil affairs, 53), Xiamen, MA-style organisation code
    '53350200660128747J',
    '523502002000004860', // final check character 0
  ]) {
    test(code, () => assert.deepEqual(validateCreditCode(code), { ok: true, code }));
  }

  test('normalises case and surrounding space', () => {
    assert.deepEqual(validateCreditCode('  9251010458723012xp\n'), { ok: true, code: '9251010458723012XP' });
    assert.deepEqual(validateCreditCode(' 53350200ma2h7k3q09 '), { ok: true, code: '53350200MA2H7K3Q09' });
  });
});

describe('validateCreditCode: every failure reason', () => {
  const cases: [string, string, string][] = [
    ['length', 'too short', WORKED.slice(0, 17)],
    ['length', 'too long', `${WORKED}0`],
    ['length', 'empty', '   '],
    ['length', 'an inner space makes it 19', '913301067 35192840W'],
    ['charset', 'I is not used', 'I1330106735192840W'],
    ['charset', 'O is not used', '91330106735192840O'],
    ['charset', 'S is not used', '9133010673519284S0'],
    ['charset', 'V is not used', 'V1330106735192840W'],
    ['charset', 'Z is not used', '91330106Z35192840W'],
    ['charset', 'punctuation', '91330106-35192840W'],
    ['check_character', 'last character wrong', '91330106735192840X'],
    ['check_character', 'one digit mistyped', '91330106735192850W'],
    ['check_character', 'two neighbours swapped', '91330106375192840W'],
    ['division', 'a letter in the division code', withCheck('91330A06735192840')],
    ['division', 'no such province (99)', withCheck('91990106735192840')],
    ['division', 'no such province (00)', withCheck('91000000735192840')],
    ['org_check_character', 'organisation check character wrong', withCheck('91330106735192841')],
    ['org_check_character', 'organisation code body changed', withCheck('91330106735192940')],
  ];
  for (const [reason, why, code] of cases) {
    test(`${reason}: ${why}`, () => assert.deepEqual(validateCreditCode(code), { ok: false, reason }));
  }
});

describe('makeCreditCode', () => {
  test('is deterministic', () => {
    assert.equal(makeCreditCode(0), '91330100MA003FYB0M');
    assert.equal(makeCreditCode(42), makeCreditCode(42));
  });

  test('every generated code is valid, enterprise (91), MA-style, and distinct seeds give distinct codes', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 20_000; seed++) {
      const code = makeCreditCode(seed * 37 + 11);
      assert.deepEqual(validateCreditCode(code), { ok: true, code });
      assert.match(code, /^91\d{6}MA/);
      seen.add(code);
    }
    assert.equal(seen.size, 20_000);
  });

  test('refuses a negative or fractional seed', () => {
    assert.throws(() => makeCreditCode(-1));
    assert.throws(() => makeCreditCode(1.5));
  });
});
