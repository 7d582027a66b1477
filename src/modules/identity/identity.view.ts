// Rows → API views. Secrets (password and key hashes) never leave the module.
import type { InstitutionRow } from '../payments/institutions.js';
import type { ApiKeyRow } from './api-key.repository.js';
import type { ApiKeyView, UserView } from './identity.contracts.js';
import type { UserRow } from './user.repository.js';

export function userView(u: UserRow): UserView {
  return {
    id: u.id,
    login: u.login,
    displayName: u.displayName,
    role: u.role,
    regionId: u.regionId,
    merchantId: u.merchantId,
    orgId: u.orgId,
    createdAt: u.createdAt.toISOString(),
    disabled: u.disabledAt !== null,
  };
}

export function apiKeyView(k: ApiKeyRow): ApiKeyView {
  return {
    id: k.id,
    institutionId: k.institutionId,
    prefix: k.prefix,
    label: k.label,
    createdAt: k.createdAt.toISOString(),
    revokedAt: k.revokedAt?.toISOString() ?? null,
  };
}

export function institutionView(i: InstitutionRow) {
  return { id: i.id, name: i.name, kind: i.kind, webhookUrl: i.webhookUrl, createdAt: i.createdAt.toISOString() };
}
