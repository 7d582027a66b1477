// Response shapes the web app reads. Case shapes come straight from the server's contracts (src/contracts);
// the few others are written out here so the browser code never pulls server modules into type-checking.
import type { z } from 'zod';
import type { AnalysisView, CaseSummaryView, CaseView, FiledCaseView } from '../../src/contracts/cases';
import type { Measures, RegionStatsView } from '../../src/modules/stats/stats.contracts';

export type CaseDetail = z.output<typeof CaseView>;
export type CaseSummary = z.output<typeof CaseSummaryView>;
export type Analysis = z.output<typeof AnalysisView>;
export type FiledCase = z.output<typeof FiledCaseView>;
export type Offer = CaseDetail['offers'][number];
export type Deadline = CaseDetail['deadlines'][number];
export type TimelineEntry = CaseDetail['timeline'][number];
/** GET /regions/:code/stats (the workbench dashboard). */
export type RegionStats = z.output<typeof RegionStatsView>;
export type StatsMeasures = z.output<typeof Measures>;
export type Bilingual = { zh: string; en: string };

export type Me = {
  kind: 'consumer' | 'merchant_staff' | 'mediator' | 'regulator' | 'institution' | 'platform_admin';
  id: string | null;
  displayName: string;
  login: string | null;
  region: { id: string; code: string; name: string } | null;
  merchantId: string | null;
  orgId: string | null;
  institutionId: string | null;
  phoneMasked: string | null;
  caseIds: string[];
};

/** A colleague in the handling organisation (GET /regions/:code/orgs/:orgId/staff). */
export type StaffMember = { id: string; displayName: string; role: 'mediator' | 'regulator' };
/** A mediation organisation or regulator of a region. */
export type OrgBrief = { id: string; name: string; kind: string; tier: 'mediation' | 'regulator' };
/** A merchant as a region's list shows it. */
export type MerchantBrief = {
  id: string;
  creditCode: string;
  legalName: string;
  tradeName: string;
  industry: string;
  address: string;
  district: { id: string; code: string; name: string } | null;
};

export type PurchasePreview = {
  verified: true;
  via: 'receipt' | 'short_code' | 'institution';
  institution: { id: string; name: string };
  merchant: { id: string; name: string; creditCode: string } | null;
  amountMinor: number;
  currency: string;
  paidAt: string;
  items: { name: string; qty?: number; amountMinor?: number }[];
};

export type Label = { code: string; zh: string; en: string };
export type MediatorLabels = { categories: Label[]; demands: Label[] };

export const AUTO_OFFERS = ['refund_full', 'return_refund_full', 'exchange', 'repair'] as const;
export type AutoOffer = (typeof AUTO_OFFERS)[number];
export type AutoResolutionPolicy = {
  id: string;
  merchantId: string;
  name: string;
  categories: string[];
  maxAmountMinor: number;
  verifiedOnly: boolean;
  withinDays: number | null;
  offer: AutoOffer;
  message: string;
  active: boolean;
  createdAt: string;
  disabledAt: string | null;
};
