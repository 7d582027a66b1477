import type { FileCaseBody } from '../../contracts/cases.js';
import type { AppDeps } from '../../deps.js';
import { localYear } from '../../lib/clock.js';
import { validateCreditCode } from '../../lib/credit-code.js';
import { maskPhone } from '../../lib/crypto.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import { isCurrency } from '../../lib/money.js';
import { chainLink } from '../audit/index.js';
import type { Actor } from '../identity/actor.js';
import { actorId } from '../identity/actor.js';
import { newCaseAccessToken, normalizePhone } from '../identity/index.js';
import { readRegionSettings } from '../regions/index.js';
import { planDeadlines } from './case.deadlines.js';
import { caseEventPayload, snapshot } from './case.lifecycle.js';
import { initialState } from './case.machine.js';
import { type FilingTarget, targetsByCreditCode } from './case.parties.repository.js';
import { type CaseRow, caseNumberSequence, type DeadlineRow } from './case.repository.js';

export type FiledCase = { case: CaseRow; accessToken: string; deadlines: DeadlineRow[] };

async function resolveTarget(deps: AppDeps, merchant: FileCaseBody['merchant']): Promise<FilingTarget> {
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

/**
 * A consumer files a complaint against a merchant. No account is needed: the response carries an access
 * token that lets the consumer follow the case. The case goes to the merchant at once.
 */
export async function fileCase(deps: AppDeps, opts: { actor: Actor; input: FileCaseBody }): Promise<FiledCase> {
  const { input, actor } = opts;
  const target = await resolveTarget(deps, input.merchant);
  for (const c of [input.claim?.currency, input.purchase?.currency]) {
    if (c && !isCurrency(c)) throw new AppError('VALIDATION_FAILED', { reason: `unsupported currency ${c}` });
  }
  const phone = input.phone ? normalizePhone(input.phone) : null;
  const consumerId = actor.kind === 'consumer' ? actor.consumerId : null;
  const token = newCaseAccessToken();
  const now = deps.clock.now();
  const settings = readRegionSettings(target.region.settings);
  const state = initialState(true);
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
    currency: input.claim?.currency ?? input.purchase?.currency ?? target.region.currency,
    purchase: {
      verified: false,
      ...(input.purchase?.amountMinor !== undefined ? { amountMinor: input.purchase.amountMinor } : {}),
      ...(input.purchase?.paidAt ? { paidAt: new Date(input.purchase.paidAt).toISOString() } : {}),
      ...(input.purchase?.description ? { description: input.purchase.description } : {}),
    },
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
    uniqueKey: null,
    version: 1,
    updatedAt: now,
  };
  const plan = planDeadlines({ prev: null, next: state, now, policy: settings.deadlines, calendar: deps.calendar });
  const data = { verified: false };
  const audit = chainLink(
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
      after: audit.after ?? {},
      prevHash: audit.prevHash,
      hash: audit.hash,
    },
    outbox: {
      id: uuidv7(now.getTime()),
      type: 'case.filed',
      // The number is filled in by the database, which assigns it.
      payload: caseEventPayload(null, { ...row, number: '' }, data),
    },
    uniqueKey: null,
  });
  if (result.kind !== 'created') throw new Error('a filing without a unique key cannot match an open case');
  return { case: result.case, accessToken: token.token, deadlines: result.deadlines };
}
