import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppDeps } from './deps.js';
import { installAuth } from './http/auth.js';
import { installErrorHandling } from './http/error-handler.js';
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
    requestIdLogLabel: 'requestId',
    trustProxy: true,
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
  await app.register(
    async (api) => {
      await registerApiRoutes(api as App, deps);
    },
    { prefix: '/api/v1' },
  );
  await app.register(async (pages) => {
    await registerPageRoutes(pages as App, deps);
  });
  await app.ready();
  return app as unknown as FastifyInstance;
}
