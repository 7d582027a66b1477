export { type CaseEventPayload, enqueueEvent } from './outbox.js';
