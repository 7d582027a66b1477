// Who is making a request. Resolved once per request by http/auth.ts; authorization (identity/policy.ts)
// and every repository query decide on this value alone.
export type Actor =
  | { kind: 'anonymous' }
  /** A consumer: by phone sign-in (consumerId) and/or by case access tokens presented with the request. */
  | { kind: 'consumer'; consumerId: string | null; caseIds: string[] }
  | { kind: 'merchant_staff'; userId: string; regionId: string; merchantId: string }
  | { kind: 'mediator'; userId: string; regionId: string; orgId: string }
  | { kind: 'regulator'; userId: string; regionId: string; orgId: string }
  | { kind: 'institution'; institutionId: string }
  | { kind: 'platform_admin'; userId: string }
  /** Background jobs (deadline sweeper). */
  | { kind: 'system' };

export type ActorKind = Actor['kind'];

export const SYSTEM: Actor = { kind: 'system' };
export const ANONYMOUS: Actor = { kind: 'anonymous' };

/** The id recorded in audit events for this actor. */
export function actorId(a: Actor): string | null {
  switch (a.kind) {
    case 'consumer':
      return a.consumerId;
    case 'merchant_staff':
    case 'mediator':
    case 'regulator':
    case 'platform_admin':
      return a.userId;
    case 'institution':
      return a.institutionId;
    case 'anonymous':
    case 'system':
      return null;
    default: {
      const never: never = a;
      return never;
    }
  }
}
