// Authorization is decided here and nowhere else: every route calls authorize()/caseRole() and every
// case query is narrowed by caseVisibility(). Adding a role or an action means editing this file only.
import { AppError } from '../../lib/errors.js';
import type { Actor } from './actor.js';

export type Action =
  | 'platform.admin' // create regions, institutions, platform admins
  | 'region.read' // region settings, districts, organisations (staff of the region)
  | 'region.configure' // deadlines, ladder, districts
  | 'merchant.create'
  | 'merchant.update'
  | 'org.manage' // mediation organisations
  | 'user.manage' // staff accounts of the region
  | 'org.staff.read' // who works at an organisation: its own staff, and the region's regulators
  | 'webhook.manage'
  | 'audit.read'
  | 'stats.read' // the region dashboard: regulators (whole region), mediators (their organisation's cases only)
  | 'merchant.stats.read'; // a merchant's own figures: whoever sees all its cases (its staff, the region's regulators)

/** What a resource is scoped to: its region, and for merchant data the merchant. */
export type Scope = { regionId: string; merchantId?: string | null; orgId?: string };

function inRegion(actor: Actor, regionId: string): boolean {
  return 'regionId' in actor && actor.regionId === regionId;
}

export function can(actor: Actor, action: Action, scope?: Scope): boolean {
  if (actor.kind === 'platform_admin' || actor.kind === 'system') return true;
  if (action === 'platform.admin') return false;
  if (!scope) return false;
  switch (action) {
    case 'region.read':
      return inRegion(actor, scope.regionId);
    case 'region.configure':
    case 'merchant.create':
    case 'org.manage':
    case 'user.manage':
    case 'webhook.manage':
    case 'audit.read':
      return actor.kind === 'regulator' && inRegion(actor, scope.regionId);
    case 'org.staff.read':
      return (
        (actor.kind === 'regulator' && inRegion(actor, scope.regionId)) ||
        (actor.kind === 'mediator' && inRegion(actor, scope.regionId) && actor.orgId === scope.orgId)
      );
    case 'stats.read':
      // Which cases a mediator's figures cover is narrowed by caseVisibility() ('org'), like their case lists.
      return (actor.kind === 'regulator' || actor.kind === 'mediator') && inRegion(actor, scope.regionId);
    case 'merchant.update':
    case 'merchant.stats.read':
      return (
        (actor.kind === 'regulator' && inRegion(actor, scope.regionId)) ||
        (actor.kind === 'merchant_staff' && inRegion(actor, scope.regionId) && actor.merchantId === scope.merchantId)
      );
    default: {
      const never: never = action;
      return never;
    }
  }
}

/** Throws UNAUTHENTICATED for an anonymous caller, FORBIDDEN for a signed-in one without the right. */
export function authorize(actor: Actor, action: Action, scope?: Scope): void {
  if (can(actor, action, scope)) return;
  throw new AppError(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN', { action });
}

/**
 * Institution resources (keys, pushed transactions, refund confirmations): the institution itself, by its
 * API key, or a platform admin. Anyone else is refused, signed in or not.
 */
export function authorizeInstitution(actor: Actor, institutionId: string): void {
  if (actor.kind === 'platform_admin') return;
  if (actor.kind === 'institution' && actor.institutionId === institutionId) return;
  throw new AppError(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN', { institutionId });
}

/** The facts about a case that decide who may see it and act on it. */
export type CaseAccessFacts = {
  id: string;
  regionId: string;
  merchantId: string | null;
  assignedOrgId: string | null;
  consumerId: string | null;
};

/** The capacity in which an actor takes part in a case, or null when the case is not theirs to see. */
export type CaseRole = 'consumer' | 'merchant' | 'mediator' | 'regulator' | 'admin' | 'system' | 'observer';

export function caseRole(actor: Actor, c: CaseAccessFacts): CaseRole | null {
  switch (actor.kind) {
    case 'consumer':
      return actor.caseIds.includes(c.id) || (actor.consumerId !== null && actor.consumerId === c.consumerId)
        ? 'consumer'
        : null;
    case 'merchant_staff':
      return actor.regionId === c.regionId && c.merchantId === actor.merchantId ? 'merchant' : null;
    case 'mediator':
      return actor.regionId === c.regionId && c.assignedOrgId === actor.orgId ? 'mediator' : null;
    case 'regulator':
      // The bureau supervises every case of its region; it acts on those assigned to it.
      if (actor.regionId !== c.regionId) return null;
      return c.assignedOrgId === actor.orgId ? 'regulator' : 'observer';
    case 'platform_admin':
      return 'admin';
    case 'system':
      return 'system';
    case 'institution':
    case 'anonymous':
      return null;
    default: {
      const never: never = actor;
      return never;
    }
  }
}

/** Narrowing for case lists, applied by the case repository to every list query. */
export type CaseVisibility =
  | { kind: 'all' }
  | { kind: 'region'; regionId: string }
  | { kind: 'merchant'; regionId: string; merchantId: string }
  | { kind: 'org'; regionId: string; orgId: string }
  | { kind: 'consumer'; consumerId: string | null; caseIds: string[] }
  | { kind: 'none' };

export function caseVisibility(actor: Actor): CaseVisibility {
  switch (actor.kind) {
    case 'platform_admin':
    case 'system':
      return { kind: 'all' };
    case 'regulator':
      return { kind: 'region', regionId: actor.regionId };
    case 'merchant_staff':
      return { kind: 'merchant', regionId: actor.regionId, merchantId: actor.merchantId };
    case 'mediator':
      return { kind: 'org', regionId: actor.regionId, orgId: actor.orgId };
    case 'consumer':
      return { kind: 'consumer', consumerId: actor.consumerId, caseIds: actor.caseIds };
    case 'institution':
    case 'anonymous':
      return { kind: 'none' };
    default: {
      const never: never = actor;
      return never;
    }
  }
}

/**
 * Which case role may ask for which lifecycle event. The state machine decides whether the event is
 * legal now; this table decides who may ask for it.
 */
const CASE_EVENT_ROLES: Record<string, readonly CaseRole[]> = {
  identify_merchant: ['regulator', 'observer', 'admin'],
  respond: ['merchant'],
  make_offer: ['merchant', 'consumer', 'mediator', 'regulator'],
  accept_offer: ['merchant', 'consumer'],
  reject_offer: ['merchant', 'consumer'],
  ask_consumer: ['merchant', 'mediator', 'regulator'],
  consumer_answer: ['consumer'],
  confirm_fulfilment: ['merchant', 'consumer'],
  close: ['consumer', 'admin', 'system'],
  rate: ['consumer'],
  escalate: ['consumer', 'system'],
  record_agreement: ['mediator', 'regulator'],
  record_failure: ['mediator', 'regulator'],
  accept_complaint: ['regulator'],
  decline_complaint: ['regulator'],
  refer: ['mediator', 'regulator'],
  mediation_expired: ['system'],
  withdraw: ['consumer'],
  reject: ['regulator', 'observer', 'admin', 'mediator'],
  transfer: ['regulator', 'observer', 'admin'],
  message: ['consumer', 'merchant', 'mediator', 'regulator'],
  // A photo is part of the conversation: the parties that may write may add one (an observing bureau may not).
  add_evidence: ['consumer', 'merchant', 'mediator', 'regulator'],
  assign: ['mediator', 'regulator', 'admin'],
};

export type CaseCommand = keyof typeof CASE_EVENT_ROLES;

export function mayRequestCaseEvent(role: CaseRole | null, command: string): boolean {
  if (role === null) return false;
  if (role === 'system') return true;
  return CASE_EVENT_ROLES[command]?.includes(role) ?? false;
}
