export { appendAudit, type ChainReport, listCaseAudit, verifyAllChains, verifyCaseChain } from './audit.js';
