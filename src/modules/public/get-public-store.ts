import type { AppDeps } from '../../deps.js';
import { DAY } from '../../lib/clock.js';
import { AppError } from '../../lib/errors.js';
import {
  COMMITMENT_KINDS,
  type CommitmentRow,
  getMerchant,
  getStoreById,
  listCommitments,
  type MerchantRow,
  type StoreRow,
} from '../merchants/index.js';
import { type DistrictRow, getDistrict, getRegionById, type RegionRow } from '../regions/index.js';
import { merchantCaseFigures } from './public.repository.js';

export const FIGURES_WINDOW_DAYS = 365;

export type StoreFigures = {
  since: Date;
  until: Date;
  casesFiled: number;
  /** Share (0–1) of merchant-response deadlines met in time; null when none has come due. */
  answeredInTimeShare: number | null;
  /** Share (0–1) of the cases filed that were settled (by the parties or through mediation). */
  settledShare: number | null;
  medianHoursToFirstResponse: number | null;
};

export type PublicStore = {
  store: StoreRow;
  merchant: MerchantRow;
  region: RegionRow;
  /** The store's district, else the merchant's. */
  district: DistrictRow | null;
  commitments: CommitmentRow[];
  figures: StoreFigures;
};

/** In force, in the canonical order of the kinds (as on the sign), not in the order they were signed. */
export function inKindOrder(rows: CommitmentRow[]): CommitmentRow[] {
  return [...rows].sort((a, b) => COMMITMENT_KINDS.indexOf(a.kind) - COMMITMENT_KINDS.indexOf(b.kind));
}

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/**
 * What anyone may know about a store: who runs it, what it promised, and how its merchant has handled
 * complaints over the last year. The figures are the merchant's (it answers for all its stores).
 */
export async function getPublicStore(deps: AppDeps, opts: { storeId: string }): Promise<PublicStore> {
  const db = deps.database.db;
  const store = await getStoreById(db, opts.storeId);
  if (!store) throw new AppError('NOT_FOUND', { storeId: opts.storeId });
  const until = deps.clock.now();
  const since = new Date(until.getTime() - FIGURES_WINDOW_DAYS * DAY);
  const [merchant, region, commitments, f] = await Promise.all([
    getMerchant(db, store.regionId, store.merchantId),
    getRegionById(db, store.regionId),
    listCommitments(deps, { merchantId: store.merchantId, inForce: true }),
    merchantCaseFigures(db, store.regionId, store.merchantId, { since, until }),
  ]);
  if (!merchant) throw new AppError('MERCHANT_NOT_FOUND', { merchantId: store.merchantId });
  if (!region) throw new AppError('REGION_NOT_FOUND', { regionId: store.regionId });
  const districtId = store.districtId ?? merchant.districtId;
  const district = districtId ? ((await getDistrict(db, store.regionId, districtId)) ?? null) : null;
  return {
    store,
    merchant,
    region,
    district,
    commitments: inKindOrder(commitments),
    figures: {
      since,
      until,
      casesFiled: f.filed,
      answeredInTimeShare: share(f.respondedInTime, f.responseDue),
      settledShare: share(f.settled, f.filed),
      medianHoursToFirstResponse:
        f.medianResponseMs === null ? null : Math.round((f.medianResponseMs / 3_600_000) * 10) / 10,
    },
  };
}
