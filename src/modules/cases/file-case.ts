import type { FileCaseBody } from '../../contracts/cases.js';
import type { AppDeps } from '../../deps.js';
import { localYear } from '../../lib/clock.js';
import { validateCreditCode } from '../../lib/credit-code.js';
import { maskPhone } from '../../lib/crypto.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import { isCurrency } from '../../lib/money.js';
import type { Actor } from '../identity/actor.js';
import { newCaseAccessToken, normalizePhone } from '../identity/index.js';
import { planDeadlines } from './case.deadlines.js';
import { recordHistory } from './case.lifecycle.js';
import { initialState } from './case.machine.js';
import {
  type FilingTarget,
  targetByMerchantId,
  targetByStoreId,
  targetsByCreditCode,
} from './case.parties.repository.js';
import { loadCaseRegion } from './case.region.js';
import { type CaseRow, type DeadlineRow, insertCase, nextCaseNumber, openDeadlines } from './case.repository.js';

export type FiledCase = { case: CaseRow; accessToken: string; deadlines: DeadlineRow[] };

async function resolveTarget(deps: AppDeps, merchant: FileCaseBody['merchant']): Promise<FilingTarget> {
  const db = deps.database.db;
  if ('merchantId' in merchant) {
    const t = await targetByMerchantId(db, merchant.merchantId);
    if (!t) throw new AppError('MERCHANT_NOT_FOUND', { merchantId: merchant.merchantId });
    return t;
  }
  if ('storeId' in merchant) {
    const t = await targetByStoreId(db, merchant.storeId);
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

  // Region and case number come before the transaction, so it holds its locks for as short a time as possible.
  const db = deps.database.db;
  const region = await loadCaseRegion(db, target.regionId);
  const number = await nextCaseNumber(db, region.id, region.code, localYear(now, region.timeZone));
  const state = initialState(true);

  return db.transaction(async (tx) => {
    const row = await insertCase(tx, {
      id: uuidv7(now.getTime()),
      regionId: region.id,
      number,
      merchantId: target.merchantId,
      storeId: target.storeId,
      districtId: target.districtId,
      consumerId,
      consumerTokenHash: token.hash,
      consumerPhoneEnc: phone ? deps.secrets.encrypt(phone) : null,
      consumerPhoneMasked: phone ? maskPhone(phone) : null,
      status: state.status,
      tier: state.tier,
      title: input.title || input.description.slice(0, 40),
      description: input.description,
      demands: input.demands,
      claimMinor: input.claim?.amountMinor ?? null,
      currency: input.claim?.currency ?? input.purchase?.currency ?? region.currency,
      purchase: {
        verified: false,
        ...(input.purchase?.amountMinor !== undefined ? { amountMinor: input.purchase.amountMinor } : {}),
        ...(input.purchase?.paidAt ? { paidAt: new Date(input.purchase.paidAt).toISOString() } : {}),
        ...(input.purchase?.description ? { description: input.purchase.description } : {}),
      },
      filedAt: now,
      updatedAt: now,
    });
    const plan = planDeadlines({
      prev: null,
      next: state,
      now,
      policy: region.settings.deadlines,
      calendar: deps.calendar,
    });
    const deadlines = await openDeadlines(tx, row.regionId, row.id, plan.open, now);
    await recordHistory({ tx, deps, actor, role: 'consumer', now }, null, row, 'filed', { verified: false });
    return { case: row, accessToken: token.token, deadlines };
  });
}
