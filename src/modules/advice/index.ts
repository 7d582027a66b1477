// The advice module's public face: the AI mediator over HTTP for people about to file.
export { registerAdviceRoutes } from './advice.routes.js';
export {
  type Draft,
  type DraftAudience,
  type Drafter,
  draftBrief,
  localDrafter,
  openAiCompatibleDrafter,
} from './drafter.js';
