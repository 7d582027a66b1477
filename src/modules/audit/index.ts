export {
  type AuditInput,
  appendAudit,
  type ChainReport,
  canonicalJson,
  chainLink,
  listCaseAudit,
  verifyAllChains,
  verifyCaseChain,
} from './audit.js';
