// The credential formats and how they are read from a request. Pure: no I/O.
// Every bearer secret is high-entropy random, so it is stored as a plain SHA-256 (a lookup key, not a password).
import { sha256 } from '../../lib/crypto.js';
import { AppError } from '../../lib/errors.js';
import { randomToken } from '../../lib/ids.js';

export const SESSION_COOKIE = 'hejie_session';
export const API_KEY_PREFIX = 'hjk_';
export const CASE_TOKEN_PREFIX = 'hjc_';
/** Characters of an API key kept in clear for display ("hjk_AbCd…"). */
export const API_KEY_DISPLAY_CHARS = 12;
/** More tokens than this in one request is a client bug, not a consumer with many cases. */
export const MAX_CASE_TOKENS = 20;
const MAX_TOKEN_LENGTH = 200;

export const hashToken = (token: string): string => sha256(token);

export function newSessionToken(): { token: string; hash: string } {
  const token = randomToken();
  return { token, hash: hashToken(token) };
}

/** A consumer's access token for one case, handed out once at filing; the case keeps only the hash. */
export function newCaseAccessToken(): { token: string; hash: string } {
  const token = `${CASE_TOKEN_PREFIX}${randomToken()}`;
  return { token, hash: hashToken(token) };
}

export function newApiKey(): { key: string; hash: string; prefix: string } {
  const key = `${API_KEY_PREFIX}${randomToken()}`;
  return { key, hash: hashToken(key), prefix: key.slice(0, API_KEY_DISPLAY_CHARS) };
}

/** What a request presents; each is checked by resolveActor. */
export type PresentedCredentials = {
  sessionToken: string | null;
  apiKey: string | null;
  caseTokens: string[];
};

function refuse(reason: string): AppError {
  return new AppError('UNAUTHENTICATED', { reason });
}

const wellFormed = (t: string) => t.length <= MAX_TOKEN_LENGTH && /^[\w-]+$/.test(t);

/**
 * Reads the session cookie, `Authorization: Bearer hjk_…|hjc_…` and `x-case-token` (comma-separated,
 * possibly repeated). A credential the client sent but that cannot be one of ours is refused (401):
 * a client with a wrong key should learn it. A malformed cookie is just ignored (browsers keep junk).
 */
export function readCredentials(
  headers: { authorization?: string | string[] | undefined; 'x-case-token'?: string | string[] | undefined },
  cookie: string | undefined,
): PresentedCredentials {
  const sessionToken = cookie && wellFormed(cookie) ? cookie : null;
  let apiKey: string | null = null;
  const caseTokens = new Set<string>();

  const auth = headers.authorization;
  if (Array.isArray(auth)) throw refuse('send one Authorization header');
  if (auth !== undefined && auth.trim() !== '') {
    const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(auth);
    if (!m) throw refuse('only "Authorization: Bearer <token>" is accepted');
    const token = m[1]!;
    if (!wellFormed(token)) throw refuse('the bearer token is malformed');
    if (token.startsWith(API_KEY_PREFIX)) apiKey = token;
    else if (token.startsWith(CASE_TOKEN_PREFIX)) caseTokens.add(token);
    else throw refuse('unknown bearer token: expected an institution API key (hjk_…) or a case token (hjc_…)');
  }

  const header = headers['x-case-token'];
  const raw = Array.isArray(header) ? header.join(',') : (header ?? '');
  for (const part of raw.split(',')) {
    const token = part.trim();
    if (token === '') continue;
    if (!token.startsWith(CASE_TOKEN_PREFIX) || !wellFormed(token)) {
      throw refuse('x-case-token must hold case tokens (hjc_…), separated by commas');
    }
    caseTokens.add(token);
  }
  if (caseTokens.size > MAX_CASE_TOKENS) {
    throw new AppError('VALIDATION_FAILED', { reason: `at most ${MAX_CASE_TOKENS} case tokens per request` });
  }
  return { sessionToken, apiKey, caseTokens: [...caseTokens] };
}
