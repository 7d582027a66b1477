import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { getInstitution } from '../payments/institutions.js';
import type { Actor } from './actor.js';
import { findConsumer } from './consumer.repository.js';
import type { MeView } from './identity.contracts.js';
import { findUserProfile } from './user.repository.js';

const BLANK = {
  id: null,
  login: null,
  region: null,
  merchantId: null,
  orgId: null,
  institutionId: null,
  phoneMasked: null,
  caseIds: [],
} satisfies Partial<MeView>;

/** Who the caller is, for the UI: kind, display name, region, scope ids; a consumer's masked phone and case ids. */
export async function describeActor(deps: AppDeps, opts: { actor: Actor }): Promise<MeView> {
  const { actor } = opts;
  const db = deps.database.db;
  switch (actor.kind) {
    case 'anonymous':
    case 'system':
      throw new AppError('UNAUTHENTICATED');
    case 'consumer': {
      const consumer = actor.consumerId ? await findConsumer(db, actor.consumerId) : undefined;
      return {
        ...BLANK,
        kind: 'consumer',
        id: actor.consumerId,
        displayName: consumer?.phoneMasked ?? '消费者',
        phoneMasked: consumer?.phoneMasked ?? null,
        caseIds: actor.caseIds,
      };
    }
    case 'institution': {
      const inst = await getInstitution(deps, { institutionId: actor.institutionId });
      return { ...BLANK, kind: 'institution', id: inst.id, displayName: inst.name, institutionId: inst.id };
    }
    case 'merchant_staff':
    case 'mediator':
    case 'regulator':
    case 'platform_admin': {
      const profile = await findUserProfile(db, actor.userId);
      if (!profile) throw new AppError('UNAUTHENTICATED');
      const { user, region } = profile;
      return {
        ...BLANK,
        kind: actor.kind,
        id: user.id,
        displayName: user.displayName,
        login: user.login,
        region,
        merchantId: user.merchantId,
        orgId: user.orgId,
      };
    }
    default: {
      const never: never = actor;
      return never;
    }
  }
}
