// An institution's receipt-signing keys: register (JWK), list as a JWKS, retire or revoke by kid.
// The institution manages its own keys with its API key; a platform admin may too (the route authorizes).
import { calculateJwkThumbprint, importJWK, type JWK } from 'jose';
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { uuidv7 } from '../../lib/ids.js';
import {
  findInstitutionById,
  type InstitutionKeyRow,
  insertKey,
  listKeys,
  setKeyStatus,
} from './institutions.repository.js';
import type { ReceiptAlg } from './payments.schema.js';
import { forgetReceiptKeys } from './receipt-keys.js';

export type PublicJwk = { kty: string; crv: string; x: string; y?: string | undefined; kid?: string | undefined };

const B64URL = /^[A-Za-z0-9_-]+$/;

/** The algorithm a public JWK is for, or a VALIDATION_FAILED naming what is wrong. Private keys are refused. */
function algOf(jwk: PublicJwk & Record<string, unknown>): ReceiptAlg {
  if ('d' in jwk)
    throw new AppError('VALIDATION_FAILED', { reason: 'this is a private key: register the public key only' });
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && B64URL.test(jwk.x) && jwk.x.length === 43 && jwk.y === undefined) {
    return 'EdDSA';
  }
  if (
    jwk.kty === 'EC' &&
    jwk.crv === 'P-256' &&
    B64URL.test(jwk.x) &&
    jwk.x.length === 43 &&
    B64URL.test(jwk.y ?? '') &&
    jwk.y?.length === 43
  ) {
    return 'ES256';
  }
  throw new AppError('VALIDATION_FAILED', { reason: 'the key must be an Ed25519 (OKP) or P-256 (EC) public JWK' });
}

async function requireInstitution(deps: AppDeps, institutionId: string) {
  const inst = await findInstitutionById(deps.database.db, institutionId);
  if (!inst) throw new AppError('NOT_FOUND', { institutionId });
  return inst;
}

export async function addInstitutionKey(
  deps: AppDeps,
  opts: { institutionId: string; jwk: PublicJwk & Record<string, unknown>; kid?: string | undefined },
): Promise<InstitutionKeyRow> {
  await requireInstitution(deps, opts.institutionId);
  const alg = algOf(opts.jwk);
  const pub: Record<string, string> =
    alg === 'EdDSA'
      ? { kty: 'OKP', crv: 'Ed25519', x: opts.jwk.x }
      : { kty: 'EC', crv: 'P-256', x: opts.jwk.x, y: opts.jwk.y ?? '' };
  try {
    await importJWK(pub as JWK, alg);
  } catch {
    throw new AppError('VALIDATION_FAILED', { reason: 'the key is not a valid point on its curve' });
  }
  // Without a kid the RFC 7638 thumbprint names the key: the same key always gets the same kid.
  const kid = opts.kid ?? opts.jwk.kid ?? (await calculateJwkThumbprint(pub as JWK));
  const now = deps.clock.now();
  const row = await insertKey(deps.database.db, {
    id: uuidv7(now.getTime()),
    institutionId: opts.institutionId,
    kid,
    alg,
    jwk: pub,
    status: 'active',
    createdAt: now,
  });
  if (!row) throw new AppError('ALREADY_EXISTS', { kid });
  forgetReceiptKeys(deps.database);
  return row;
}

export async function listInstitutionKeys(
  deps: AppDeps,
  opts: { institutionId: string },
): Promise<InstitutionKeyRow[]> {
  await requireInstitution(deps, opts.institutionId);
  return listKeys(deps.database.db, opts.institutionId);
}

/**
 * Retire: the key signs no new receipts, and those of payments made before now still verify (routine rotation).
 * Revoke: nothing it signed verifies any more (a compromised key).
 */
export async function retireInstitutionKey(
  deps: AppDeps,
  opts: { institutionId: string; kid: string; revoke: boolean },
): Promise<InstitutionKeyRow> {
  const keys = await listInstitutionKeys(deps, opts);
  const key = keys.find((k) => k.kid === opts.kid);
  if (!key) throw new AppError('NOT_FOUND', { kid: opts.kid });
  if (key.status === 'revoked' || (key.status === 'retired' && !opts.revoke)) return key;
  const row = await setKeyStatus(
    deps.database.db,
    opts.institutionId,
    opts.kid,
    opts.revoke ? 'revoked' : 'retired',
    key.retiredAt ?? deps.clock.now(),
  );
  forgetReceiptKeys(deps.database);
  return row!;
}

/** The registered keys as a JWKS document (RFC 7517), with status so an institution can audit rotation. */
export function jwksView(keys: InstitutionKeyRow[]) {
  return {
    keys: keys.map((k) => ({
      ...k.jwk,
      kid: k.kid,
      alg: k.alg,
      use: 'sig' as const,
      status: k.status,
      createdAt: k.createdAt.toISOString(),
      retiredAt: k.retiredAt?.toISOString() ?? null,
    })),
  };
}
