import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import type { Actor } from '../identity/actor.js';
import { authorize, can } from '../identity/policy.js';
import type { AddPaymentAccountBody } from './merchants.contracts.js';
import { forgetMids } from './mid-resolver.js';
import {
  type AddPaymentAccountResult,
  addPaymentAccount as addAccountRow,
  institutionExists,
} from './payment-account.repository.js';
import { resolveMerchant } from './resolve-merchant.js';

/**
 * Records that an institution's merchant id (mid) belongs to this merchant from now on (or from `since`, for a
 * mid nobody held before, so payments made before the registration still reach it). If another merchant held
 * it, that account is closed now, not deleted: receipts signed before today still resolve to it.
 */
export async function addPaymentAccount(
  deps: AppDeps,
  opts: { merchantId: string; actor: Actor; input: AddPaymentAccountBody },
): Promise<AddPaymentAccountResult> {
  const db = deps.database.db;
  const merchant = await resolveMerchant(db, opts.merchantId);
  // Registering payment accounts is part of the merchant registry, kept by the regulator of the region
  // (and the platform admin): the same right as registering the merchant.
  authorize(opts.actor, 'merchant.create', { regionId: merchant.regionId });
  const { institutionId, mid } = opts.input;
  if (!(await institutionExists(db, institutionId))) throw new AppError('NOT_FOUND', { institutionId });
  const result = await addAccountRow(db, merchant.regionId, {
    id: uuidv7(),
    merchantId: merchant.id,
    institutionId,
    mid,
    at: deps.clock.now(),
    // A mid moving between cities takes it away from another tenant: only the platform may decide that.
    fromOtherRegions: can(opts.actor, 'platform.admin'),
    since: opts.input.since ? new Date(opts.input.since) : undefined,
  });
  forgetMids(deps.database);
  if (result.kind === 'has_history') {
    throw new AppError('ALREADY_EXISTS', {
      reason: 'this mid has been held before; its start cannot be back-dated over that history',
    });
  }
  if (result.kind === 'held_in_other_region') {
    throw new AppError('FORBIDDEN', { reason: 'this mid belongs to a merchant of another region' });
  }
  return result;
}
