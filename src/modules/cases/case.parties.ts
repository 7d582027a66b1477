import type { CaseRole } from '../identity/policy.js';
import type { Party } from './case.machine.js';

/** The side a case role speaks for in negotiation: mediators and regulators are the neutral third party. */
export function partyOf(role: CaseRole): Party | null {
  switch (role) {
    case 'consumer':
      return 'consumer';
    case 'merchant':
      return 'merchant';
    case 'mediator':
    case 'regulator':
      return 'mediator';
    case 'admin':
    case 'system':
    case 'observer':
      return null;
    default: {
      const never: never = role;
      return never;
    }
  }
}
