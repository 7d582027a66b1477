import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { isAppError } from '../../lib/errors.js';
import { verifyReceipt } from '../../modules/payments/index.js';
import {
  type CliIo,
  defaultKid,
  parseAmount,
  parseItem,
  ReceiptCliError,
  randomPayer,
  randomTxn,
  receiptCommand,
  runSign,
} from './receipt.js';

describe('parseAmount: major units to exact integer minor units', () => {
  test('decimal strings convert exactly, with no float error', () => {
    const cases: [string, string, number][] = [
      ['12.50', 'CNY', 1250],
      ['12.5', 'CNY', 1250],
      ['12', 'CNY', 1200],
      ['0.01', 'CNY', 1],
      ['0.29', 'CNY', 29], // 0.29 * 100 = 28.999999999999996 as a float
      ['4.35', 'CNY', 435], // 4.35 * 100 = 434.99999999999994
      ['19.99', 'USD', 1999],
      [' 7.10 ', 'CNY', 710],
      ['1000', 'JPY', 1000],
      ['100000000.00', 'CNY', 100_000_000_00],
    ];
    for (const [text, cur, minor] of cases) {
      assert.equal(parseAmount(text, cur), minor, `${text} ${cur}`);
    }
  });

  test('more decimals than the currency has, malformed or too large amounts are refused', () => {
    const bad: [string, string, RegExp][] = [
      ['1.005', 'CNY', /2 decimals/],
      ['12.505', 'CNY', /2 decimals/],
      ['100.5', 'JPY', /no minor unit/],
      ['-1', 'CNY', /not an amount/],
      ['1e3', 'CNY', /not an amount/],
      ['12,50', 'CNY', /not an amount/],
      ['12.', 'CNY', /not an amount/],
      ['.5', 'CNY', /not an amount/],
      ['', 'CNY', /not an amount/],
      ['0x10', 'CNY', /not an amount/],
      ['100000000.01', 'CNY', /more than a receipt/],
      ['99999999999999999999999', 'CNY', /more than a receipt/],
      ['1', 'XXX', /unsupported currency/],
    ];
    for (const [text, cur, msg] of bad) {
      assert.throws(
        () => parseAmount(text, cur),
        (e: unknown) => e instanceof ReceiptCliError && msg.test(e.message),
        text,
      );
    }
  });
});

describe('parseItem: "名称:数量:金额"', () => {
  test('name, quantity and amount, each optional but the name', () => {
    assert.deepEqual(parseItem('羊肉串:10:12.50', 'CNY'), { name: '羊肉串', qty: 10, amt: 1250 });
    assert.deepEqual(parseItem('羊肉串', 'CNY'), { name: '羊肉串' });
    assert.deepEqual(parseItem('苹果:2', 'CNY'), { name: '苹果', qty: 2 });
    assert.deepEqual(parseItem('散装大米:1.5:', 'CNY'), { name: '散装大米', qty: 1.5 });
    assert.deepEqual(parseItem('会员卡::300', 'CNY'), { name: '会员卡', amt: 30000 });
    assert.deepEqual(parseItem('套餐 A:B:1:9.90', 'CNY'), { name: '套餐 A:B', qty: 1, amt: 990 }, 'colons in the name');
  });

  test('an empty name, a bad quantity or a bad amount is refused', () => {
    for (const spec of [':1:2', '  ', '苹果:0:1', '苹果:-1:1', '苹果:two:1', '苹果:1:1.234', '苹果:1:abc']) {
      assert.throws(() => parseItem(spec, 'CNY'), ReceiptCliError, spec);
    }
    assert.throws(() => parseItem(`${'名'.repeat(101)}:1:1`, 'CNY'), /longer than 100/);
  });
});

describe('defaults', () => {
  test('kid from the UTC date; txn unique; payer a pseudonym, never a phone number', () => {
    assert.equal(defaultKid(new Date('2026-12-02T23:30:00Z')), 'k-20261202');
    const now = new Date('2026-12-02T09:00:00Z');
    const txns = new Set(Array.from({ length: 100 }, () => randomTxn(now)));
    assert.equal(txns.size, 100);
    for (const t of txns) assert.match(t, /^T20261202090000[0-9A-F]{10}$/);
    for (let i = 0; i < 100; i++) {
      const p = randomPayer();
      assert.match(p, /^p-[0-9a-f]{16}$/);
      assert.doesNotMatch(p.replace(/[\s-]/g, ''), /^\+?(86)?1[3-9]\d{9}$/, 'the verifier’s phone rule');
    }
  });
});

describe('hejie receipt keygen → sign → verify, through the commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hejie-receipt-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const now = new Date('2026-12-02T09:00:00Z');
  const institution = '0195a1b2-0000-7000-8000-000000000abc';

  /** Runs `hejie receipt <args>` in this process and returns what it printed. */
  async function hejie(args: string[]): Promise<{ out: string[]; err: string[]; exitCode: number }> {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      now: () => now,
      publicUrl: () => 'https://hejie.example.cn',
    };
    const before = process.exitCode;
    process.exitCode = 0;
    try {
      await receiptCommand(io).parseAsync(args, { from: 'user' });
      return { out, err, exitCode: Number(process.exitCode ?? 0) };
    } finally {
      process.exitCode = before;
    }
  }

  for (const alg of ['EdDSA', 'ES256'] as const) {
    test(`${alg}: the printed token verifies with the printed public key and carries the claims asked for`, async () => {
      const kg = await hejie(['keygen', '--alg', alg, ...(alg === 'ES256' ? ['--kid', 'p256-1'] : [])]);
      assert.equal(kg.exitCode, 0, kg.err.join('\n'));
      const pair = JSON.parse(kg.out.join('\n'));
      assert.deepEqual(Object.keys(pair).sort(), ['alg', 'kid', 'privateJwk', 'publicJwk']);
      assert.equal(pair.alg, alg);
      assert.equal(pair.kid, alg === 'ES256' ? 'p256-1' : 'k-20261202');
      assert.equal(pair.publicJwk.d, undefined, 'the public key has no private part');
      assert.ok(pair.privateJwk.d);
      assert.equal(kg.err.length, 1);
      assert.match(
        kg.err[0]!,
        /curl -X POST https:\/\/hejie\.example\.cn\/api\/v1\/institutions\/<institution-id>\/keys/,
      );
      assert.ok(kg.err[0]!.includes(JSON.stringify({ jwk: pair.publicJwk })));

      const keyFile = join(dir, `${alg}.json`);
      writeFileSync(keyFile, kg.out.join('\n'));
      const signed = await hejie([
        'sign',
        ...['--key', keyFile, '--institution', institution, '--merchant-mid', 'MID-001', '--amount', '12.50'],
        ...['--txn', 'T-0001', '--payer', 'payer-7f3a9c1e', '--paid', '2026-12-02T08:30:00+08:00', '--store', 'S-01'],
        ...['--item', '羊肉串:10:10.00', '--item', '啤酒:1:2.50', '--exp-days', '30'],
      ]);
      assert.equal(signed.exitCode, 0, signed.err.join('\n'));
      assert.equal(signed.out.length, 2);
      const [token, link] = signed.out as [string, string];
      assert.equal(link, `https://hejie.example.cn/r/${token}`);

      const findKey = async (iss: string, kid: string) =>
        iss === institution && kid === pair.kid
          ? { alg, jwk: pair.publicJwk, status: 'active' as const, retiredAt: null }
          : undefined;
      const { claims, kid } = await verifyReceipt(token, { findKey, now });
      assert.equal(kid, pair.kid);
      const iat = Math.floor(now.getTime() / 1000);
      assert.deepEqual(claims, {
        iss: institution,
        txn: 'T-0001',
        mid: 'MID-001',
        amt: 1250,
        cur: 'CNY',
        paid: Math.floor(Date.parse('2026-12-02T00:30:00Z') / 1000),
        sub: 'payer-7f3a9c1e',
        iat,
        exp: iat + 30 * 86_400,
        store: 'S-01',
        items: [
          { name: '羊肉串', qty: 10, amt: 1000 },
          { name: '啤酒', qty: 1, amt: 250 },
        ],
      });
      const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString());
      assert.deepEqual(header, { alg, kid: pair.kid, typ: 'hejie-receipt+jws' });

      // Another key pair with the same kid does not verify it.
      const other = JSON.parse((await hejie(['keygen', '--alg', alg, '--kid', pair.kid])).out.join('\n'));
      await assert.rejects(
        verifyReceipt(token, {
          findKey: async () => ({ alg, jwk: other.publicJwk, status: 'active', retiredAt: null }),
          now,
        }),
        (e: unknown) => isAppError(e) && e.code === 'RECEIPT_INVALID',
      );
    });
  }

  test('defaults: a random txn and payer, paid now, link on PUBLIC_URL; --base-url overrides it', async () => {
    const kg = await hejie(['keygen']);
    const keyFile = join(dir, 'defaults.json');
    writeFileSync(keyFile, kg.out.join('\n'));
    const a = await runSign(
      { key: keyFile, institution, merchantMid: 'M', amount: '1' },
      { now, publicUrl: 'http://127.0.0.1:3000' },
    );
    const b = await runSign(
      { key: keyFile, institution, merchantMid: 'M', amount: '1', baseUrl: 'https://x.example/' },
      { now, publicUrl: 'http://127.0.0.1:3000' },
    );
    assert.notEqual(a.claims.txn, b.claims.txn);
    assert.notEqual(a.claims.sub, b.claims.sub);
    assert.equal(a.claims.paid, Math.floor(now.getTime() / 1000));
    assert.equal(a.claims.exp, undefined);
    assert.ok(a.link.startsWith('http://127.0.0.1:3000/r/ey'));
    assert.ok(b.link.startsWith('https://x.example/r/ey'));
    // A bare private JWK (with kid and alg) is a key file too.
    const bare = join(dir, 'bare.json');
    writeFileSync(bare, JSON.stringify(JSON.parse(kg.out.join('\n')).privateJwk));
    assert.ok((await runSign({ key: bare, institution, merchantMid: 'M', amount: '1' }, { now, publicUrl: '' })).token);
  });

  test('bad input is one line on stderr and exit code 1, nothing on stdout', async () => {
    const kg = await hejie(['keygen']);
    const keyFile = join(dir, 'bad.json');
    writeFileSync(keyFile, kg.out.join('\n'));
    const base = ['sign', '--key', keyFile, '--institution', institution, '--merchant-mid', 'M'];
    const cases: [string[], RegExp][] = [
      [[...base, '--amount', '12.505'], /2 decimals/],
      [[...base, '--amount', '1', '--payer', '13812345678'], /--payer: .*phone/],
      [[...base, '--amount', '1', '--paid', 'yesterday'], /--paid/],
      [[...base, '--amount', '1', '--exp-days', '0'], /--exp-days/],
      [[...base, '--amount', '1', '--currency', 'BTC'], /unsupported currency/],
      [
        [
          'sign',
          '--key',
          join(dir, 'missing.json'),
          '--institution',
          institution,
          '--merchant-mid',
          'M',
          '--amount',
          '1',
        ],
        /--key/,
      ],
      [
        ['sign', '--key', keyFile, '--institution', 'not-a-uuid', '--merchant-mid', 'M', '--amount', '1'],
        /--institution/,
      ],
      [
        [
          ...base,
          '--amount',
          '1',
          ...Array.from({ length: 40 }, (_, i) => ['--item', `${'长'.repeat(30)}${i}:1:1`]).flat(),
        ],
        /2048/,
      ],
      [['keygen', '--alg', 'HS256'], /EdDSA or ES256/],
    ];
    for (const [args, msg] of cases) {
      const r = await hejie(args);
      assert.equal(r.exitCode, 1, args.join(' '));
      assert.deepEqual(r.out, [], args.join(' '));
      assert.equal(r.err.length, 1);
      assert.match(r.err[0]!, msg, args.join(' '));
    }
  });
});
