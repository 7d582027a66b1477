// Whose inbox a caller reads. The decision mirrors caseVisibility() in identity/policy.ts: staff read their
// merchant's or their organisation's (in their region), a consumer reads its account's and those of the
// cases whose access tokens it presents.
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import type { RecipientKind } from './notification.channel.js';

export type NotificationAudience = {
  parties: { kind: RecipientKind; ids: string[]; regionId: string | null }[];
};

export function notificationAudience(actor: Actor): NotificationAudience {
  switch (actor.kind) {
    case 'merchant_staff':
      return { parties: [{ kind: 'merchant', ids: [actor.merchantId], regionId: actor.regionId }] };
    case 'mediator':
    case 'regulator':
      return { parties: [{ kind: 'org', ids: [actor.orgId], regionId: actor.regionId }] };
    case 'consumer':
      return {
        parties: [
          { kind: 'consumer', ids: actor.consumerId ? [actor.consumerId] : [], regionId: null },
          { kind: 'case', ids: actor.caseIds, regionId: null },
        ],
      };
    // No party of a case: nothing is addressed to them (institutions hear through webhooks).
    case 'institution':
    case 'platform_admin':
    case 'system':
      return { parties: [] };
    case 'anonymous':
      throw new AppError('UNAUTHENTICATED');
    default: {
      const never: never = actor;
      return never;
    }
  }
}
