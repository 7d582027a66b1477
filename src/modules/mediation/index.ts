// The mediation module's public face: other modules and the app import only from here.
export { createOrg } from './create-org.js';
export { registerMediationRoutes } from './mediation.routes.js';
export { ORG_KINDS, type OrgKind } from './mediation.schema.js';
export {
  findOrgForDistrict,
  getOrg,
  listMediationOrgs,
  type MediationOrgRow,
  type OrgTier,
} from './mediation-org.repository.js';
