// The cases module's public face: other modules and the app import only from here.

export { analyzeDueCases } from './analyze-due-cases.js';
export { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from './case.deadlines.js';
export type { CaseStatus, Tier } from './case.machine.js';
export { analysisView } from './case.view.js';
export { registerCaseRoutes } from './cases.routes.js';
export { fileCase } from './file-case.js';
export { createFilingWriter, type FilingWriter } from './filing.writer.js';
export { sweepDeadlines } from './sweep-deadlines.js';
