import type { FileCaseBody } from '../../contracts/cases.js';
import type { AppDeps } from '../../deps.js';
import { localYear } from '../../lib/clock.js';
import { validateCreditCode } from '../../lib/credit-code.js';
import { maskPhone, sha256 } from '../../lib/crypto.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import { isCurrency } from '../../lib/money.js';
import { canonicalJson, chainLink } from '../audit/index.js';
import { type Actor, actorId } from '../identity/actor.js';
import { newCaseAccessToken, normalizePhone } from '../identity/index.js';
import { receiptKey, type VerifiedPurchase, verifyPurchase } from '../payments/index.js';
import { readRegionSettings } from '../regions/index.js';
import { planDeadlines } from './case.deadlines.js';
import { caseEventPayload, snapshot } from './case.lifecycle.js';
import { initialState } from './case.machine.js';
import { type FilingTarget, regionTarget, targetsByCreditCode } from './case.parties.repository.js';
import {
  addAccessToken,
  type CaseRow,
  caseNumberSequence,
  type DeadlineRow,
  findCase,
  listDeadlines,
} from './case.repository.js';
import type { PurchaseInfo } from './cases.schema.js';

export type FiledCase = { case: CaseRow; accessToken: string; deadlines: DeadlineRow[]; existing: boolean };

async function resolveTarget(deps: AppDeps, merchant: NonNullable<FileCaseBody['merchant']>): Promise<FilingTarget> {
  const db = deps.database.db;
  if ('merchantId' in merchant) {
    const t = await deps.filings.targetByMerchant.load(merchant.merchantId);
    if (!t) throw new AppError('MERCHANT_NOT_FOUND', { merchantId: merchant.merchantId });
    return t;
  }
  if ('storeId' in merchant) {
    const t = await deps.filings.targetByStore.load(merchant.storeId);
    if (!t) throw new AppError('MERCHANT_NOT_FOUND', { storeId: merchant.storeId });
    return t;
  }
  const checked = validateCreditCode(merchant.creditCode);
  if (!checked.ok) throw new AppError('INVALID_CREDIT_CODE', { reason: checked.reason });
  const all = await targetsByCreditCode(db, checked.code);
  const matches = merchant.region ? all.filter((t) => t.regionCode === merchant.region) : all;
  if (matches.length === 0) throw new AppError('MERCHANT_NOT_FOUND', { creditCode: checked.code });
  if (matches.length > 1) {
    throw new AppError('VALIDATION_FAILED', {
      reason: 'the merchant is registered in several regions; name one in merchant.region',
      regions: matches.map((t) => t.regionCode),
    });
  }
  return matches[0]!;
}

/** Whom a verified purchase is against: the merchant that held the mid then, or the identification queue. */
async function purchaseTarget(deps: AppDeps, p: VerifiedPurchase, region: string | undefined): Promise<FilingTarget> {
  if (p.holder) {
    const t = await deps.filings.targetByMerchant.load(p.holder.merchantId);
    if (t) return t;
  }
  // Never lost: an unknown mid still makes a case, for the regulator to name the merchant.
  const t = await regionTarget(deps.database.db, region ?? null);
  if (!t) throw new AppError('REGION_NOT_FOUND', { region: region ?? null });
  return t;
}

async function provenPurchase(deps: AppDeps, actor: Actor, input: FileCaseBody): Promise<VerifiedPurchase | null> {
  if (input.receipt !== undefined) return verifyPurchase(deps, { receipt: input.receipt });
  if (input.shortCode !== undefined) return verifyPurchase(deps, { shortCode: input.shortCode });
  if (input.transaction !== undefined) {
    if (actor.kind !== 'institution') {
      throw new AppError(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN', {
        reason: 'only the payment institution, by its API key, files by transaction id',
      });
    }
    return verifyPurchase(deps, { institutionId: actor.institutionId, txnId: input.transaction.txn });
  }
  return null;
}

function purchaseInfo(input: FileCaseBody, p: VerifiedPurchase | null): PurchaseInfo {
  if (p) {
    return {
      verified: true,
      via: p.via,
      amountMinor: p.amountMinor,
      currency: p.currency,
      paidAt: p.paidAt.toISOString(),
      institutionId: p.institutionId,
      txnId: p.txnId,
      mid: p.mid,
      ...(p.items.length ? { items: p.items } : {}),
    };
  }
  return {
    verified: false,
    ...(input.purchase?.amountMinor !== undefined ? { amountMinor: input.purchase.amountMinor } : {}),
    ...(input.purchase?.currency ? { currency: input.purchase.currency } : {}),
    ...(input.purchase?.paidAt ? { paidAt: new Date(input.purchase.paidAt).toISOString() } : {}),
    ...(input.purchase?.description ? { description: input.purchase.description } : {}),
  };
}

/**
 * A consumer files a complaint. With a receipt or a printed short code the purchase is verified and the
 * case goes to the merchant that took the money; without one, against a merchant or store the consumer
 * names (unverified). No account is needed: the response carries an access token for following the case.
 * Repeats are safe: the same receipt by the same payer, or a retry with the same Idempotency-Key, answers
 * with the case filed before.
 */
export async function fileCase(
  deps: AppDeps,
  opts: { actor: Actor; input: FileCaseBody; idempotencyKey?: string | undefined },
): Promise<FiledCase> {
  const { input, actor } = opts;
  for (const c of [input.claim?.currency, input.purchase?.currency]) {
    if (c && !isCurrency(c)) throw new AppError('VALIDATION_FAILED', { reason: `unsupported currency ${c}` });
  }
  const purchase = await provenPurchase(deps, actor, input);
  const target = purchase
    ? await purchaseTarget(deps, purchase, input.region)
    : await resolveTarget(deps, input.merchant!);

  const phone = input.phone ? normalizePhone(input.phone) : null;
  const consumerId = actor.kind === 'consumer' ? actor.consumerId : null;
  const token = newCaseAccessToken();
  const now = deps.clock.now();
  const settings = readRegionSettings(target.region.settings);
  const state = initialState(target.merchantId !== null);
  const year = localYear(now, target.region.timeZone);

  const row: Omit<CaseRow, 'number'> = {
    id: uuidv7(now.getTime()),
    regionId: target.regionId,
    merchantId: target.merchantId,
    storeId: target.storeId,
    districtId: target.districtId,
    consumerId,
    consumerTokenHash: token.hash,
    consumerPhoneEnc: phone ? deps.secrets.encrypt(phone) : null,
    consumerPhoneMasked: phone ? maskPhone(phone) : null,
    status: state.status,
    tier: state.tier,
    waitingOnConsumer: state.waitingOnConsumer,
    waitingReason: null,
    pausedAt: null,
    merchantConfirmed: false,
    consumerConfirmed: false,
    assignedOrgId: null,
    assigneeUserId: null,
    title: input.title || input.description.slice(0, 40),
    description: input.description,
    demands: input.demands,
    claimMinor: input.claim?.amountMinor ?? null,
    currency: input.claim?.currency ?? purchase?.currency ?? input.purchase?.currency ?? target.region.currency,
    purchase: purchaseInfo(input, purchase),
    outcome: null,
    rating: null,
    ratingComment: null,
    filedAt: now,
    firstResponseAt: null,
    settledAt: null,
    closedAt: null,
    responseMs: null,
    resolutionMs: null,
    pausedTotalMs: 0,
    // Keyed hash: the payer's pseudonym is not kept in clear on the case.
    uniqueKey: purchase ? deps.secrets.lookupHash(receiptKey(purchase)) : null,
    // Scoped to the filer, so two consumers who happen to pick the same key do not meet.
    idempotencyKey: opts.idempotencyKey ? sha256(`${consumerId ?? 'anonymous'}:${opts.idempotencyKey}`) : null,
    requestHash: opts.idempotencyKey ? sha256(canonicalJson(input)) : null,
    // The mediator reads every new case (jobs/ case-analysis), outside the filing's own time.
    analysisDueAt: now,
    version: 1,
    updatedAt: now,
  };
  // `filed` (merchant not known yet) opens no deadline: the clock starts when the regulator names the merchant.
  const plan = planDeadlines({ prev: null, next: state, now, policy: settings.deadlines, calendar: deps.calendar });
  const data = {
    verified: row.purchase.verified,
    ...(purchase && !target.merchantId ? { unknownMid: purchase.mid } : {}),
  };
  const link = chainLink(
    {
      regionId: row.regionId,
      caseId: row.id,
      actorId: actorId(actor),
      actorRole: 'consumer',
      action: 'filed',
      before: null,
      after: { ...snapshot(row), data },
      at: now,
    },
    null,
  );
  const result = await deps.filings.write({
    case: row,
    numberPrefix: `${target.regionCode}-${year}-`,
    sequence: caseNumberSequence(target.regionId, year),
    deadlines: plan.open.map((o) => ({ ...o, id: uuidv7(now.getTime()) })),
    audit: {
      id: uuidv7(now.getTime()),
      actorId: actorId(actor),
      actorRole: 'consumer',
      action: 'filed',
      after: link.after ?? {},
      prevHash: link.prevHash,
      hash: link.hash,
    },
    // The number is filled in by the database, which assigns it.
    outbox: {
      id: uuidv7(now.getTime()),
      type: 'case.filed',
      payload: caseEventPayload(null, { ...row, number: '' }, data),
    },
    uniqueKey: row.uniqueKey,
    idempotencyKey: row.idempotencyKey,
    requestHash: row.requestHash,
  });
  if (result.kind === 'created') {
    return { case: result.case, accessToken: token.token, deadlines: result.deadlines, existing: false };
  }
  if (result.by === 'idempotency_key' && result.requestHash !== row.requestHash) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED');
  }
  // The repeat proves what the first filing proved (the same receipt, or the filer's own key): it gets a
  // token of its own for the case, since the first one is stored only as a hash.
  const db = deps.database.db;
  const existing = (await findCase(db, result.caseId))!;
  await addAccessToken(db, {
    tokenHash: token.hash,
    regionId: existing.regionId,
    caseId: existing.id,
    reason: result.by === 'unique_key' ? 'receipt' : 'retry',
    createdAt: now,
  });
  const deadlines = (await listDeadlines(db, existing.regionId, existing.id)).filter((d) => d.status === 'active');
  return { case: existing, accessToken: token.token, deadlines, existing: true };
}
