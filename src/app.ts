import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppDeps } from './deps.js';
import { installAuth } from './http/auth.js';
import { installErrorHandling } from './http/error-handler.js';
import { installRateLimits } from './http/rate-limits.js';
import { registerApiRoutes, registerPageRoutes } from './http/routes.js';
import type { App } from './http/types.js';
import { uuidv7 } from './lib/ids.js';

/** Builds the whole HTTP app without listening: main.ts listens, tests use app.inject(). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log,
    bodyLimit: deps.config.bodyLimit,
    // Honour a request id from the proxy when it looks sane, else mint one; it is echoed in x-request-id.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.-]{8,128}$/.test(incoming) ? incoming : uuidv7();
    },
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    // A hop count is valid at run time (proxy-addr), though the overload picked here types only names and booleans.
    trustProxy: deps.config.trustProxy as boolean | string,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>() as unknown as App;

  // The API speaks JSON only: a text/plain body would otherwise reach the validators as a string.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app as unknown as FastifyInstance);
  app.addHook('onRequest', async (req, reply) => {
    void reply.header('x-request-id', req.id);
  });
  // The platform's clock, which a test mode can move: the web app's countdowns run on it, not the phone's.
  // Stamped as the answer leaves, so a slow request does not make the platform look behind.
  app.addHook('onSend', async (_req, reply, payload) => {
    void reply.header('x-server-time', deps.clock.now().toISOString());
    return payload;
  });

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Hejie (和解) API',
        version: '1',
        description: 'One-click consumer dispute reconciliation. Errors: {"error":{"code","message","details?"}}.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'hejie_session' },
          apiKey: { type: 'http', scheme: 'bearer', description: 'Institution API key (hjk_…)' },
          caseToken: { type: 'apiKey', in: 'header', name: 'x-case-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await deps.database.ping();
      return { status: 'ready', database: deps.database.kind };
    } catch {
      return reply.status(503).send({ status: 'not_ready', database: deps.database.kind });
    }
  });

  installAuth(app, deps);
  await installRateLimits(app as unknown as FastifyInstance, deps);
  await app.register(
    async (api) => {
      await registerApiRoutes(api as App, deps);
    },
    { prefix: '/api/v1' },
  );
  await app.register(async (pages) => {
    await registerPageRoutes(pages as App, deps);
  });
  await app.register(serveWebApp);
  await app.ready();
  return app as unknown as FastifyInstance;
}

/** The built web app (`npm run build:web` → dist/web); absent in a checkout that was never built. */
const WEB_DIST = fileURLToPath(new URL('../dist/web/', import.meta.url));
/** The web app's client-side routes: each answers index.html; every other path keeps its own handler or 404. */
const WEB_ROUTES = ['/', '/login', '/c', '/c/*', '/m', '/m/*', '/desk', '/desk/*', '/admin', '/admin/*'];

async function serveWebApp(app: FastifyInstance): Promise<void> {
  if (!existsSync(`${WEB_DIST}index.html`)) {
    app.log.warn({ dir: WEB_DIST }, 'web app not built (npm run build:web): serving the API only');
    return;
  }
  // Hashed file names: cache for a year; .br/.gz siblings (written by the build) go to browsers that accept them.
  await app.register(fastifyStatic, {
    root: `${WEB_DIST}assets`,
    prefix: '/assets/',
    preCompressed: true,
    immutable: true,
    maxAge: '365d',
    index: false,
    schemaHide: true,
  });
  for (const url of WEB_ROUTES) {
    app.get(url, { schema: { hide: true } }, (_req, reply) =>
      reply.header('cache-control', 'no-cache').sendFile('index.html', WEB_DIST, { cacheControl: false }),
    );
  }
}
