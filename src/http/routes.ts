import type { AppDeps } from '../deps.js';
import { registerAdviceRoutes } from '../modules/advice/index.js';
import { registerCaseRoutes } from '../modules/cases/index.js';
import { registerDemoRoutes } from '../modules/demo/index.js';
import { registerEvidenceRoutes } from '../modules/evidence/index.js';
import { registerIdentityRoutes } from '../modules/identity/index.js';
import { registerMediationRoutes } from '../modules/mediation/index.js';
import { registerMerchantRoutes } from '../modules/merchants/index.js';
import { registerNotificationRoutes } from '../modules/notifications/index.js';
import { registerPaymentRoutes } from '../modules/payments/index.js';
import { registerPublicPages, registerPublicRoutes } from '../modules/public/index.js';
import { registerRegionRoutes } from '../modules/regions/index.js';
import { registerStatsRoutes } from '../modules/stats/index.js';
import { registerTestRoutes } from '../modules/testing/index.js';
import { registerWebhookRoutes } from '../modules/webhooks/index.js';
import type { App } from './types.js';

/** Every module's routes under /api/v1. */
export async function registerApiRoutes(app: App, deps: AppDeps): Promise<void> {
  await registerIdentityRoutes(app, deps);
  await registerRegionRoutes(app, deps);
  await registerMerchantRoutes(app, deps);
  await registerPaymentRoutes(app, deps);
  await registerMediationRoutes(app, deps);
  await registerCaseRoutes(app, deps);
  await registerEvidenceRoutes(app, deps);
  await registerAdviceRoutes(app, deps);
  await registerNotificationRoutes(app, deps);
  await registerWebhookRoutes(app, deps);
  await registerDemoRoutes(app, deps);
  await registerPublicRoutes(app, deps);
  await registerStatsRoutes(app, deps);
  if (deps.config.testClock) await registerTestRoutes(app, deps);
}

/** Server-rendered pages, outside /api/v1 and hidden from the OpenAPI document. */
export async function registerPageRoutes(app: App, deps: AppDeps): Promise<void> {
  await registerPublicPages(app, deps);
}
