// `hejie receipt keygen | sign`: a payment institution in a box, for demos, tests and institutions' engineers
// checking their own implementation against docs/receipts.md. Neither command opens a database.
//   keygen [--alg EdDSA|ES256] [--kid K]         a key pair as JSON on stdout; how to register it on stderr
//   sign --key FILE --institution ID --merchant-mid M --amount 12.50 [--currency CNY] [--txn T] [--payer P]
//        [--paid ISO] [--store S] [--item "名称:数量:金额"]… [--exp-days N] [--base-url URL]
//                                                the token, then the receipt link <base>/r/<token>
// The work is in runKeygen/runSign (callable without a process); the commander wiring only parses and prints.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { JWK } from 'jose';
import { z } from 'zod';
import { loadConfig } from '../../config.js';
import { CURRENCY_MINOR_DIGITS } from '../../lib/money.js';
import {
  generateReceiptKey,
  MAX_RECEIPT_BYTES,
  type ReceiptKeyPair,
  signReceipt,
} from '../../modules/payments/index.js';
// The claims schema as a value (the module's index exports only its type): the verifier's own rules.
import { ReceiptClaims } from '../../modules/payments/receipt.js';

/** A refusal of the user's input: printed as one line, exit code 1. */
export class ReceiptCliError extends Error {}

const fail = (message: string): never => {
  throw new ReceiptCliError(message);
};

/** The largest amount a receipt may carry (ReceiptClaims.amt), in minor units. */
const MAX_AMOUNT_MINOR = 100_000_000_00;

/**
 * "12.50" in major units → 1250 minor units, exactly: the decimal string is taken apart, never through a float.
 * More decimals than the currency has (12.505 CNY, 100.5 JPY) are refused rather than rounded.
 */
export function parseAmount(text: string, currency: string): number {
  const digits = CURRENCY_MINOR_DIGITS[currency];
  if (digits === undefined)
    fail(`unsupported currency ${currency} (one of ${Object.keys(CURRENCY_MINOR_DIGITS).join(', ')})`);
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) fail(`"${text}" is not an amount: write it like 12.50`);
  const whole = m![1]!;
  const frac = m![2] ?? '';
  if (frac.length > digits!) {
    fail(
      digits === 0
        ? `${currency} has no minor unit: "${text}" must be a whole number`
        : `${currency} has ${digits} decimals: "${text}" has ${frac.length}`,
    );
  }
  const minor = BigInt(whole) * 10n ** BigInt(digits!) + BigInt(frac.padEnd(digits!, '0') || '0');
  if (minor > BigInt(MAX_AMOUNT_MINOR)) fail(`"${text}" is more than a receipt may carry`);
  return Number(minor);
}

export type ReceiptItem = NonNullable<ReceiptClaims['items']>[number];

/**
 * "名称:数量:金额" → {name, qty, amt}. Quantity and amount are optional ("名称", "名称:2", "名称::9.90"); when
 * both are given the name may itself contain ':' (the last two fields are taken from the right).
 */
export function parseItem(spec: string, currency: string): ReceiptItem {
  const parts = spec.split(':');
  let name: string;
  let qtyText = '';
  let amtText = '';
  if (parts.length >= 3) {
    amtText = parts.pop()!;
    qtyText = parts.pop()!;
    name = parts.join(':');
  } else {
    name = parts[0]!;
    qtyText = parts[1] ?? '';
  }
  name = name.trim();
  if (!name) fail(`--item "${spec}": the name is empty (write 名称:数量:金额)`);
  if (name.length > 100) fail(`--item "${spec}": the name is longer than 100 characters`);
  const item: ReceiptItem = { name };
  if (qtyText.trim()) {
    const qty = Number(qtyText.trim());
    if (!/^\d+(\.\d+)?$/.test(qtyText.trim()) || !(qty > 0))
      fail(`--item "${spec}": the quantity must be a positive number`);
    item.qty = qty;
  }
  if (amtText.trim()) item.amt = parseAmount(amtText, currency);
  return item;
}

/** `k-YYYYMMDD` (UTC): a new key per rotation day reads well in a JWKS. */
export function defaultKid(now: Date): string {
  return `k-${now.toISOString().slice(0, 10).replace(/-/g, '')}`;
}

/** A transaction id for a demo payment: time-ordered enough to read, random enough never to repeat. */
export function randomTxn(now: Date): string {
  return `T${now.toISOString().replace(/\D/g, '').slice(0, 14)}${randomBytes(5).toString('hex').toUpperCase()}`;
}

/** A payer pseudonym: random hex behind a letter prefix, so it can never look like a phone number. */
export function randomPayer(): string {
  return `p-${randomBytes(8).toString('hex')}`;
}

export type KeygenOptions = { alg?: string | undefined; kid?: string | undefined };

export async function runKeygen(
  opts: KeygenOptions,
  env: { now: Date; publicUrl: string },
): Promise<{ pair: ReceiptKeyPair; hint: string }> {
  const alg = opts.alg ?? 'EdDSA';
  if (alg !== 'EdDSA' && alg !== 'ES256') fail(`--alg must be EdDSA or ES256, not ${alg}`);
  const kid = opts.kid ?? defaultKid(env.now);
  if (!/^[\x21-\x7e]{1,128}$/.test(kid)) fail('--kid must be 1–128 printable ASCII characters');
  const pair = await generateReceiptKey(alg as ReceiptKeyPair['alg'], kid);
  const body = JSON.stringify({ jwk: pair.publicJwk });
  const hint =
    `# keep privateJwk secret; register publicJwk with your institution's API key: ` +
    `curl -X POST ${env.publicUrl}/api/v1/institutions/<institution-id>/keys ` +
    `-H 'authorization: Bearer hjk_…' -H 'content-type: application/json' -d '${body}'`;
  return { pair, hint };
}

export type SignOptions = {
  key: string;
  institution: string;
  merchantMid: string;
  amount: string;
  currency?: string | undefined;
  txn?: string | undefined;
  payer?: string | undefined;
  paid?: string | undefined;
  store?: string | undefined;
  item?: string[] | undefined;
  expDays?: string | undefined;
  baseUrl?: string | undefined;
};

const KeyFile = z.union([
  // What `hejie receipt keygen` prints.
  z.object({
    kid: z.string().min(1),
    alg: z.enum(['EdDSA', 'ES256']),
    privateJwk: z.looseObject({ d: z.string() }),
  }),
  // A bare private JWK that names its kid and alg.
  z.looseObject({ kid: z.string().min(1), alg: z.enum(['EdDSA', 'ES256']), d: z.string() }),
]);

/** The signing key from a keygen output file or a bare private JWK (with kid and alg). */
export function readSigningKey(file: string): Pick<ReceiptKeyPair, 'alg' | 'kid' | 'privateJwk'> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`--key ${file}: ${(e as Error).message}`);
  }
  const k = KeyFile.safeParse(json);
  if (!k.success) fail(`--key ${file}: not the output of "hejie receipt keygen" nor a private JWK with kid and alg`);
  const v = k.data!;
  return 'privateJwk' in v
    ? { alg: v.alg, kid: v.kid, privateJwk: v.privateJwk as JWK }
    : { alg: v.alg, kid: v.kid, privateJwk: v as JWK };
}

export async function runSign(
  opts: SignOptions,
  env: { now: Date; publicUrl: string },
): Promise<{ token: string; link: string; claims: ReceiptClaims }> {
  const key = readSigningKey(opts.key);
  const currency = (opts.currency ?? 'CNY').toUpperCase();
  const amt = parseAmount(opts.amount, currency);
  const paidAt = opts.paid === undefined ? env.now : new Date(opts.paid);
  if (Number.isNaN(paidAt.getTime())) fail(`--paid "${opts.paid}" is not an ISO 8601 time`);
  const iat = Math.floor(env.now.getTime() / 1000);
  let exp: number | undefined;
  if (opts.expDays !== undefined) {
    if (!/^\d+$/.test(opts.expDays) || Number(opts.expDays) < 1) fail('--exp-days must be a whole number of days ≥ 1');
    exp = iat + Number(opts.expDays) * 86_400;
  }
  const items = (opts.item ?? []).map((s) => parseItem(s, currency));
  const draft = {
    iss: opts.institution,
    txn: opts.txn ?? randomTxn(env.now),
    mid: opts.merchantMid,
    amt,
    cur: currency,
    paid: Math.floor(paidAt.getTime() / 1000),
    sub: opts.payer ?? randomPayer(),
    iat,
    ...(exp !== undefined ? { exp } : {}),
    ...(opts.store !== undefined ? { store: opts.store } : {}),
    ...(items.length ? { items } : {}),
  };
  // The verifier's own schema: whatever it would refuse is refused here, before anything is signed.
  const parsed = ReceiptClaims.safeParse(draft);
  if (!parsed.success) {
    const flag: Record<string, string> = { iss: 'institution', mid: 'merchant-mid', sub: 'payer', amt: 'amount' };
    fail(parsed.error.issues.map((i) => `--${flag[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`).join('; '));
  }
  const claims = parsed.data!;
  const token = await signReceipt(key, claims);
  if (Buffer.byteLength(token) > MAX_RECEIPT_BYTES) {
    fail(
      `the token is ${Buffer.byteLength(token)} bytes, over the ${MAX_RECEIPT_BYTES}-byte limit: fewer or shorter items`,
    );
  }
  const base = (opts.baseUrl ?? env.publicUrl).replace(/\/+$/, '');
  return { token, link: `${base}/r/${token}`, claims };
}

export type CliIo = {
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => Date;
  /** The platform's address (config PUBLIC_URL), read only when a command needs it. */
  publicUrl: () => string;
};

const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  now: () => new Date(),
  publicUrl: () => loadConfig().publicUrl,
};

const collect = (value: string, previous: string[]) => [...previous, value];

export function receiptCommand(io: CliIo = processIo): Command {
  const receipt = new Command('receipt').description('a demo payment institution: receipt keys and signed receipts');
  const guarded =
    <A extends unknown[]>(name: string, fn: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      try {
        await fn(...args);
      } catch (e) {
        if (!(e instanceof ReceiptCliError)) throw e;
        io.err(`hejie receipt ${name}: ${e.message}`);
        process.exitCode = 1;
      }
    };
  receipt
    .command('keygen')
    .description('print a receipt-signing key pair as JSON {kid, alg, privateJwk, publicJwk}')
    .option('--alg <alg>', 'EdDSA (Ed25519) or ES256 (P-256)', 'EdDSA')
    .option('--kid <kid>', 'key id (default k-YYYYMMDD, today in UTC)')
    .action(
      guarded('keygen', async (opts: KeygenOptions) => {
        const { pair, hint } = await runKeygen(opts, { now: io.now(), publicUrl: io.publicUrl() });
        io.out(JSON.stringify(pair, null, 2));
        io.err(hint);
      }),
    );
  receipt
    .command('sign')
    .description('sign a receipt for one payment; prints the token, then the receipt link <base>/r/<token>')
    .requiredOption('--key <file>', 'the keygen output (or a private JWK with kid and alg)')
    .requiredOption('--institution <id>', "the institution's id on the platform (the iss claim)")
    .requiredOption('--merchant-mid <mid>', "the institution's merchant id (mid)")
    .requiredOption(
      '--amount <major>',
      'amount paid in major units, e.g. 12.50 (exact: no more decimals than the currency has)',
    )
    .option('--currency <code>', 'ISO 4217', 'CNY')
    .option('--txn <id>', "the institution's transaction id (default: a random one)")
    .option('--payer <pseudonym>', 'stable payer pseudonym, never a phone number (default: a random one)')
    .option('--paid <iso>', 'payment time, ISO 8601 (default: now)')
    .option('--store <ref>', "the institution's store or terminal reference")
    .option('--item <spec>', 'a line item "名称:数量:金额" (repeatable; quantity and amount optional)', collect, [])
    .option('--exp-days <n>', 'expire n days after signing (default: none; the platform allows 3 years from payment)')
    .option('--base-url <url>', 'base of the receipt link (default: PUBLIC_URL)')
    .action(
      guarded('sign', async (opts: SignOptions) => {
        const { token, link } = await runSign(opts, {
          now: io.now(),
          publicUrl: opts.baseUrl ?? io.publicUrl(),
        });
        io.out(token);
        io.out(link);
      }),
    );
  return receipt;
}
