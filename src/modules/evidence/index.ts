// The evidence module's public face: photos attached to a case (storage, checks, routes).
export { registerEvidenceRoutes } from './evidence.routes.js';
export { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_PER_CASE } from './evidence.rules.js';
