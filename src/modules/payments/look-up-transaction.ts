// A payment by its institution's transaction id: the pushed copy if there is one, else pulled from the
// institution's look-up endpoint (and kept, with a short code, like a push). Null when neither knows it.
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { findInstitutionById } from './institutions.repository.js';
import { pushTransactions } from './push-transactions.js';
import { httpTransactionSource, type TransactionSource } from './transaction-source.js';
import { findTransaction, type TransactionRow } from './transactions.repository.js';

export async function lookUpTransaction(
  deps: AppDeps,
  opts: { institutionId: string; txnId: string; source?: TransactionSource },
): Promise<TransactionRow | null> {
  const db = deps.database.db;
  const local = await findTransaction(db, opts.institutionId, opts.txnId);
  if (local) return local;
  const inst = await findInstitutionById(db, opts.institutionId);
  if (!inst?.lookupUrl || !inst.webhookSecretEnc) return null;
  let pulled: Awaited<ReturnType<TransactionSource['fetch']>>;
  try {
    pulled = await (opts.source ?? httpTransactionSource()).fetch(
      { lookupUrl: inst.lookupUrl, secret: deps.secrets.decrypt(inst.webhookSecretEnc) },
      opts.txnId,
      deps.clock.now(),
    );
  } catch (err) {
    deps.log.warn({ err, institutionId: inst.id }, 'transaction look-up failed');
    throw new AppError('NOT_READY', { reason: 'the payment institution did not answer; try again shortly' });
  }
  if (!pulled) return null;
  const [stored] = await pushTransactions(deps, { institutionId: inst.id, items: [pulled] });
  return stored!.transaction;
}
