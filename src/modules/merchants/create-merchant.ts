import type { AppDeps } from '../../deps.js';
import { validateCreditCode } from '../../lib/credit-code.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { requireDistrict } from '../regions/index.js';
import { insertMerchant, type MerchantRow } from './merchant.repository.js';
import type { CreateMerchantBody } from './merchants.contracts.js';

/** Registers a legal merchant in the region. The credit code is checked (GB 32100) and unique per region. */
export async function createMerchant(
  deps: AppDeps,
  opts: { regionId: string; actor: Actor; input: CreateMerchantBody },
): Promise<MerchantRow> {
  authorize(opts.actor, 'merchant.create', { regionId: opts.regionId });
  const { input } = opts;
  const checked = validateCreditCode(input.creditCode);
  if (!checked.ok) throw new AppError('INVALID_CREDIT_CODE', { reason: checked.reason });
  const db = deps.database.db;
  await requireDistrict(db, opts.regionId, input.districtId);
  const row = await insertMerchant(db, opts.regionId, {
    id: uuidv7(),
    creditCode: checked.code,
    legalName: input.legalName,
    tradeName: input.tradeName,
    industry: input.industry,
    address: input.address,
    districtId: input.districtId,
    phone: input.phone,
    createdAt: deps.clock.now(),
  });
  if (!row) throw new AppError('ALREADY_EXISTS', { creditCode: checked.code });
  return row;
}
