export {
  type AuditInput,
  appendAudit,
  type ChainReport,
  chainLink,
  listCaseAudit,
  verifyAllChains,
  verifyCaseChain,
} from './audit.js';
