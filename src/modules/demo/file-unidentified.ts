// A complaint whose merchant the platform could not identify (a pedlar, an unlicensed stall): the case
// starts in `filed`, with no merchant and no deadlines, and waits for the regulator to name the merchant
// (identify-merchant.ts). No use case files such a case yet — fileCase always resolves a merchant — so the
// demo does it here with the cases module's own repository and history functions, the way fileCase does:
// same numbering, same audit chain, same outbox event. Replace with the use case once filing without a
// merchant exists.
import type { AppDeps } from '../../deps.js';
import { localYear } from '../../lib/clock.js';
import { maskPhone } from '../../lib/crypto.js';
import { uuidv7 } from '../../lib/ids.js';
import { recordHistory } from '../cases/case.lifecycle.js';
import { initialState } from '../cases/case.machine.js';
import { loadCaseRegion } from '../cases/case.region.js';
import { type CaseRow, insertCase, nextCaseNumber } from '../cases/case.repository.js';
import type { Actor } from '../identity/actor.js';
import { newCaseAccessToken, normalizePhone } from '../identity/index.js';

export type UnidentifiedInput = {
  regionId: string;
  /** Where it happened, as the consumer says. */
  districtId: string | null;
  title: string;
  description: string;
  demands: string[];
  claimMinor: number;
  purchase: { amountMinor: number; paidAt: string; description: string };
  phone?: string | undefined;
};

export async function fileUnidentified(
  deps: AppDeps,
  opts: { actor: Actor; input: UnidentifiedInput },
): Promise<{ case: CaseRow; accessToken: string }> {
  const { input, actor } = opts;
  const db = deps.database.db;
  const now = deps.clock.now();
  const token = newCaseAccessToken();
  const phone = input.phone ? normalizePhone(input.phone) : null;
  const region = await loadCaseRegion(db, input.regionId);
  const number = await nextCaseNumber(db, region.id, region.code, localYear(now, region.timeZone));
  const state = initialState(false);
  return db.transaction(async (tx) => {
    const row = await insertCase(tx, {
      id: uuidv7(now.getTime()),
      regionId: region.id,
      number,
      merchantId: null,
      storeId: null,
      districtId: input.districtId,
      consumerId: actor.kind === 'consumer' ? actor.consumerId : null,
      consumerTokenHash: token.hash,
      consumerPhoneEnc: phone ? deps.secrets.encrypt(phone) : null,
      consumerPhoneMasked: phone ? maskPhone(phone) : null,
      status: state.status,
      tier: state.tier,
      title: input.title,
      description: input.description,
      demands: input.demands,
      claimMinor: input.claimMinor,
      currency: region.currency,
      purchase: { verified: false, ...input.purchase },
      filedAt: now,
      updatedAt: now,
    });
    // `filed` opens no deadline (case.deadlines.ts): the clock starts when the merchant is known.
    await recordHistory({ tx, deps, actor, role: 'consumer', now }, null, row, 'filed', { verified: false });
    return { case: row, accessToken: token.token };
  });
}
