// Staff passwords: argon2id (the library's default algorithm) at the OWASP baseline of 19 MiB, 2 passes.
import { hash, verify } from '@node-rs/argon2';
import { randomToken } from '../../lib/ids.js';

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// A real hash of a random password, made once: unknown logins are checked against it so that
// "no such user" costs the same time as "wrong password" and logins cannot be probed by timing.
let decoy: Promise<string> | undefined;

/** True only when `stored` is an argon2 hash of `password`; a missing or malformed hash is false in equal time. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  decoy ??= hashPassword(randomToken());
  const target = stored?.startsWith('$argon2') ? stored : await decoy;
  try {
    const ok = await verify(target, password);
    return ok && target === stored;
  } catch {
    return false;
  }
}
