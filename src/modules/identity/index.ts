// The identity module's public face: other modules and the HTTP layer import only from here.
export type { Actor, ActorKind } from './actor.js';
export { ANONYMOUS, actorId, SYSTEM } from './actor.js';
export { createStaffUser, type StaffUserInput } from './create-staff-user.js';
export {
  API_KEY_PREFIX,
  CASE_TOKEN_PREFIX,
  hashToken,
  newCaseAccessToken,
  type PresentedCredentials,
  readCredentials,
  SESSION_COOKIE,
} from './credentials.js';
export { registerIdentityRoutes } from './identity.routes.js';
export { hashPassword } from './password.js';
export { normalizePhone, parsePhone } from './phone.js';
export { resolveActor } from './resolve-actor.js';
export { clearSessionCookie, setSessionCookie } from './session-cookie.js';
