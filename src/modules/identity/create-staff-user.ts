import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import { getOrg } from '../mediation/index.js';
import { getMerchant } from '../merchants/index.js';
import { getRegionById } from '../regions/index.js';
import type { StaffRole } from './identity.schema.js';
import { hashPassword } from './password.js';
import { insertUser, type UserRow } from './user.repository.js';

/** Already shape-checked (identity.contracts: LoginName, NewPassword); this checks the facts. */
export type StaffUserInput = {
  login: string;
  displayName: string;
  password: string;
  role: StaffRole;
  merchantId?: string | undefined;
  orgId?: string | undefined;
};

const invalid = (field: string, reason: string) => new AppError('VALIDATION_FAILED', { field, reason });

/**
 * Creates a staff account. Region roles are bound to a region and to what they act for: merchant staff
 * to a merchant of that region, mediators to a mediation organisation, regulators to a regulator
 * organisation of it. A platform admin has no region. Authorization is the caller's (route or CLI).
 */
export async function createStaffUser(
  deps: AppDeps,
  opts: { regionId: string | null; input: StaffUserInput },
): Promise<UserRow> {
  const { input, regionId } = opts;
  const db = deps.database.db;
  const scope = { merchantId: null as string | null, orgId: null as string | null };

  if (input.role === 'platform_admin') {
    if (regionId !== null) throw invalid('role', 'a platform admin acts across regions and is created without one');
    if (input.merchantId || input.orgId) throw invalid('role', 'a platform admin has no merchant or organisation');
  } else {
    if (regionId === null) throw invalid('regionId', `${input.role} needs a region`);
    if (!(await getRegionById(db, regionId))) throw new AppError('REGION_NOT_FOUND', { regionId });
    if (input.role === 'merchant_staff') {
      if (!input.merchantId) throw invalid('merchantId', 'merchant_staff needs merchantId');
      if (input.orgId) throw invalid('orgId', 'merchant_staff acts for a merchant, not an organisation');
      if (!(await getMerchant(db, regionId, input.merchantId))) {
        throw invalid('merchantId', 'no merchant with this id in the region');
      }
      scope.merchantId = input.merchantId;
    } else {
      const tier = input.role === 'mediator' ? 'mediation' : 'regulator';
      if (!input.orgId) throw invalid('orgId', `${input.role} needs orgId`);
      if (input.merchantId) throw invalid('merchantId', `${input.role} acts for an organisation, not a merchant`);
      const org = await getOrg(db, regionId, input.orgId);
      if (!org) throw invalid('orgId', 'no organisation with this id in the region');
      if (org.tier !== tier)
        throw invalid('orgId', `a ${input.role} belongs to a ${tier} organisation, this one is ${org.tier}`);
      scope.orgId = input.orgId;
    }
  }

  const now = deps.clock.now();
  const created = await insertUser(db, {
    id: uuidv7(now.getTime()),
    regionId,
    login: input.login,
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
    role: input.role,
    ...scope,
    createdAt: now,
  });
  if (!created) throw new AppError('ALREADY_EXISTS', { field: 'login', login: input.login });
  return created;
}
