import type { AppDeps } from '../../deps.js';
import { sha256 } from '../../lib/crypto.js';
import { uuidv7 } from '../../lib/ids.js';
import { type Actor, actorId } from '../identity/actor.js';
import { runCaseCommand } from './case.command.js';
import { applyCaseEvent, recordCaseChange, requireCaseCommand } from './case.lifecycle.js';
import { type CaseRow, insertMessage } from './case.repository.js';
import { markAnalysisDue } from './case-analysis.repository.js';

/**
 * A message in the case chat. It may also move the case: the merchant's first reply is its response;
 * a question to the consumer pauses the deadlines; the consumer's next message answers it.
 */
export async function postMessage(
  deps: AppDeps,
  opts: { caseId: string; actor: Actor; body: string; kind: 'message' | 'question' },
): Promise<CaseRow> {
  return runCaseCommand(deps, opts, async (ctx, c) => {
    requireCaseCommand(ctx.role, 'message');
    const asks = opts.kind === 'question' && ctx.role !== 'consumer';
    if (asks) requireCaseCommand(ctx.role, 'ask_consumer');
    const answers = ctx.role === 'consumer' && c.waitingOnConsumer;
    const message = await insertMessage(ctx.tx, {
      id: uuidv7(ctx.now.getTime()),
      regionId: c.regionId,
      caseId: c.id,
      authorRole: ctx.role,
      authorId: actorId(ctx.actor),
      kind: asks ? 'question' : answers ? 'answer' : 'message',
      body: opts.body,
      createdAt: ctx.now,
    });
    // What the consumer adds may change the mediator's reading (an answer to its question, a new fact).
    if (ctx.role === 'consumer') await markAnalysisDue(ctx.tx, c.id, ctx.now);
    // The audit trail records a digest of the text, so the chat is tamper-evident without copying it.
    const data = { messageId: message.id, kind: message.kind, bodySha256: sha256(opts.body) };
    let current = c;
    if (ctx.role === 'merchant' && current.status === 'awaiting_response') {
      current = await applyCaseEvent(ctx, current, { type: 'respond' }, { data });
    }
    if (asks && !current.waitingOnConsumer) {
      return applyCaseEvent(
        ctx,
        current,
        { type: 'ask_consumer' },
        { data, patch: { waitingReason: opts.body.slice(0, 200) } },
      );
    }
    if (answers) return applyCaseEvent(ctx, current, { type: 'consumer_answer' }, { data });
    if (current !== c) return current;
    return recordCaseChange(ctx, current, 'message_posted', data);
  });
}
