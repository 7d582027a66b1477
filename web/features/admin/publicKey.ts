// A receipt-signing public key as an institution hands it over: a JWK (JSON) or a PEM "PUBLIC KEY" (SPKI).
// The API takes a JWK, so a PEM is converted in the browser (WebCrypto: Ed25519, else P-256). Private keys are
// refused here already, before they travel anywhere.

export type PublicJwk = { kty: string; crv: string; x: string; y?: string; kid?: string };
export type KeyProblem = 'private' | 'notAKey' | 'unsupported';
export class KeyInputError extends Error {
  constructor(readonly problem: KeyProblem) {
    super(problem);
  }
}

function derOf(pem: string): ArrayBuffer {
  const b64 = pem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '').replace(/\s+/g, '');
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out.buffer;
}

export async function publicJwkOf(text: string): Promise<PublicJwk> {
  const s = text.trim();
  if (/PRIVATE KEY/.test(s)) throw new KeyInputError('private');
  if (s.startsWith('{')) {
    let j: Record<string, unknown>;
    try {
      j = JSON.parse(s) as Record<string, unknown>;
    } catch {
      throw new KeyInputError('notAKey');
    }
    // A JWKS document with one key is accepted too.
    const key = Array.isArray(j.keys) && j.keys.length === 1 ? (j.keys[0] as Record<string, unknown>) : j;
    if ('d' in key) throw new KeyInputError('private');
    if (typeof key.kty !== 'string' || typeof key.crv !== 'string' || typeof key.x !== 'string') {
      throw new KeyInputError('notAKey');
    }
    return {
      kty: key.kty,
      crv: key.crv,
      x: key.x,
      ...(typeof key.y === 'string' ? { y: key.y } : {}),
      ...(typeof key.kid === 'string' ? { kid: key.kid } : {}),
    };
  }
  if (!/-----BEGIN PUBLIC KEY-----/.test(s)) throw new KeyInputError('notAKey');
  let der: ArrayBuffer;
  try {
    der = derOf(s);
  } catch {
    throw new KeyInputError('notAKey');
  }
  for (const alg of [{ name: 'Ed25519' }, { name: 'ECDSA', namedCurve: 'P-256' }]) {
    try {
      const key = await crypto.subtle.importKey('spki', der, alg, true, ['verify']);
      const jwk = await crypto.subtle.exportKey('jwk', key);
      return { kty: jwk.kty!, crv: jwk.crv!, x: jwk.x!, ...(jwk.y ? { y: jwk.y } : {}) };
    } catch {
      // not this algorithm (or the browser lacks it): try the next
    }
  }
  throw new KeyInputError('unsupported');
}
