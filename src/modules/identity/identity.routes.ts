// Thin handlers: validate (zod, unknown fields rejected), authorize (policy.ts), call one use case, present.
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import type { RegisterRoutes } from '../../http/types.js';
import { isUuid } from '../../lib/ids.js';
import { linkCasesToAccount } from '../cases/link-cases-to-account.js';
import { registerInstitution } from '../payments/institutions.js';
import { resolveRegion } from '../regions/index.js';
import { createStaffUser } from './create-staff-user.js';
import { SESSION_COOKIE } from './credentials.js';
import { describeActor } from './describe-actor.js';
import {
  ApiKeyBody,
  ApiKeyParams,
  ApiKeyView,
  CreateUserBody,
  InstitutionBody,
  InstitutionParams,
  InstitutionView,
  IssuedApiKeyView,
  ListUsersQuery,
  LoginBody,
  MeView,
  OtpRequestBody,
  OtpSentView,
  OtpVerifyBody,
  RegionRefParams,
  UserView,
} from './identity.contracts.js';
import { apiKeyView, institutionView, userView } from './identity.view.js';
import { issueApiKey } from './issue-api-key.js';
import { listApiKeys } from './list-api-keys.js';
import { listRegionUsers } from './list-region-users.js';
import { authorize } from './policy.js';
import { requestOtp } from './request-otp.js';
import { revokeApiKey } from './revoke-api-key.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { signInWithPassword } from './sign-in.js';
import { signOut } from './sign-out.js';
import { verifyOtp } from './verify-otp.js';

const NoContent = z.null().describe('No content');
// OpenAPI security requirements (schemes declared in app.ts).
type Security = { [scheme: string]: string[] }[];
const PUBLIC: Security = [];
const SESSION: Security = [{ session: [] }];
const ANY_CREDENTIAL: Security = [{ session: [] }, { apiKey: [] }, { caseToken: [] }];
const auth = ['auth'];
const usersTag = ['users'];
const institutionsTag = ['institutions'];

/** The region id behind a :regionId segment that holds an id or a code (REGION_NOT_FOUND for an unknown code). */
async function regionIdOf(deps: AppDeps, ref: string): Promise<string> {
  return isUuid(ref) ? ref : (await resolveRegion(deps.database.db, ref)).id;
}

export const registerIdentityRoutes: RegisterRoutes = async (app, deps) => {
  app.post(
    '/auth/login',
    {
      schema: {
        tags: auth,
        security: PUBLIC,
        summary: 'Staff sign-in with login and password; sets the hejie_session cookie',
        body: LoginBody,
        response: { 200: MeView },
      },
    },
    async (req, reply) => {
      const { session, me } = await signInWithPassword(deps, req.body);
      setSessionCookie(reply, deps, session);
      return me;
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: auth,
        security: SESSION,
        summary: 'End the session (server-side) and clear its cookie',
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      await signOut(deps, { sessionToken: req.cookies[SESSION_COOKIE] ?? null });
      clearSessionCookie(reply, deps);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      schema: {
        tags: auth,
        security: ANY_CREDENTIAL,
        summary: 'Who the caller is: kind, name, region and scope; for a consumer the masked phone and case ids',
        response: { 200: MeView },
      },
    },
    async (req) => describeActor(deps, { actor: req.actor }),
  );

  app.post(
    '/auth/otp/request',
    {
      schema: {
        tags: auth,
        security: PUBLIC,
        summary: 'Send a six-digit sign-in code by SMS (1 a minute, 10 an hour per phone)',
        body: OtpRequestBody,
        response: { 202: OtpSentView },
      },
    },
    async (req, reply) => reply.status(202).send(await requestOtp(deps, { phone: req.body.phone })),
  );

  app.post(
    '/auth/otp/verify',
    {
      schema: {
        tags: auth,
        security: PUBLIC,
        summary:
          'Consumer sign-in with the SMS code (5 tries); creates the consumer on first sign-in; the cases of the x-case-token tokens sent along join the account',
        body: OtpVerifyBody,
        response: { 200: MeView },
      },
    },
    async (req, reply) => {
      const { session, me } = await verifyOtp(deps, req.body);
      // The cases whose tokens came along (x-case-token: the ones filed on this device) join the account. The
      // sign-in stands if that fails; signing in again links them.
      const caseIds = req.actor.kind === 'consumer' ? req.actor.caseIds : [];
      if (me.id && caseIds.length > 0) {
        await linkCasesToAccount(deps, { consumerId: me.id, caseIds }).catch((err: unknown) =>
          req.log.warn({ err, caseIds }, 'cases not linked to the account at sign-in'),
        );
      }
      setSessionCookie(reply, deps, session);
      return me;
    },
  );

  app.post(
    '/regions/:regionId/users',
    {
      schema: {
        tags: usersTag,
        security: SESSION,
        summary: 'Create a staff account of the region (merchant staff, mediator or regulator)',
        params: RegionRefParams,
        body: CreateUserBody,
        response: { 201: UserView },
      },
    },
    async (req, reply) => {
      const regionId = await regionIdOf(deps, req.params.regionId);
      authorize(req.actor, 'user.manage', { regionId });
      const user = await createStaffUser(deps, { regionId, input: req.body });
      return reply.status(201).send(userView(user));
    },
  );

  app.get(
    '/regions/:regionId/users',
    {
      schema: {
        tags: usersTag,
        security: SESSION,
        summary: 'Staff accounts of the region, in creation order',
        params: RegionRefParams,
        querystring: ListUsersQuery,
        response: { 200: z.object({ items: z.array(UserView), nextAfter: z.uuid().nullable() }) },
      },
    },
    async (req) => {
      const regionId = await regionIdOf(deps, req.params.regionId);
      authorize(req.actor, 'user.manage', { regionId });
      const page = await listRegionUsers(deps, { regionId, ...req.query });
      return { items: page.items.map(userView), nextAfter: page.nextAfter };
    },
  );

  app.post(
    '/institutions',
    {
      schema: {
        tags: institutionsTag,
        security: SESSION,
        summary: 'Register a payment or clearing institution (platform admin)',
        body: InstitutionBody,
        response: { 201: InstitutionView },
      },
    },
    async (req, reply) => {
      authorize(req.actor, 'platform.admin');
      const created = await registerInstitution(deps, { input: req.body });
      return reply.status(201).send(institutionView(created));
    },
  );

  app.get(
    '/institutions/:id/api-keys',
    {
      schema: {
        tags: institutionsTag,
        security: SESSION,
        summary: 'An institution’s API keys (prefixes and labels; the keys are not kept)',
        params: InstitutionParams,
        response: { 200: z.object({ items: z.array(ApiKeyView) }) },
      },
    },
    async (req) => {
      authorize(req.actor, 'platform.admin');
      const keys = await listApiKeys(deps, { institutionId: req.params.id });
      return { items: keys.map(apiKeyView) };
    },
  );

  app.post(
    '/institutions/:id/api-keys',
    {
      schema: {
        tags: institutionsTag,
        security: SESSION,
        summary: 'Issue an API key for the institution; the key is in this response only',
        params: InstitutionParams,
        body: ApiKeyBody,
        response: { 201: IssuedApiKeyView },
      },
    },
    async (req, reply) => {
      authorize(req.actor, 'platform.admin');
      const { key, row } = await issueApiKey(deps, { institutionId: req.params.id, label: req.body.label });
      return reply.status(201).send({ ...apiKeyView(row), key });
    },
  );

  app.delete(
    '/institutions/:id/api-keys/:keyId',
    {
      schema: {
        tags: institutionsTag,
        security: SESSION,
        summary: 'Revoke an API key; it stops working at once',
        params: ApiKeyParams,
        response: { 204: NoContent },
      },
    },
    async (req, reply) => {
      authorize(req.actor, 'platform.admin');
      await revokeApiKey(deps, { institutionId: req.params.id, keyId: req.params.keyId });
      return reply.status(204).send(null);
    },
  );
};
