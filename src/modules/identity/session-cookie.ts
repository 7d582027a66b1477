// The session cookie: HttpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it),
// Path=/, Secure behind HTTPS; it lives as long as the server-side session.
import type { FastifyReply } from 'fastify';
import type { AppDeps } from '../../deps.js';
import { SESSION_COOKIE } from './credentials.js';

function cookieOptions(deps: AppDeps) {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: deps.config.cookieSecure } as const;
}

export function setSessionCookie(
  reply: FastifyReply,
  deps: AppDeps,
  session: { token: string; expiresAt: Date },
): void {
  void reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions(deps), expires: session.expiresAt });
}

export function clearSessionCookie(reply: FastifyReply, deps: AppDeps): void {
  void reply.clearCookie(SESSION_COOKIE, cookieOptions(deps));
}
