// The advice module's public face: the AI mediator over HTTP for people about to file.
export { registerAdviceRoutes } from './advice.routes.js';
