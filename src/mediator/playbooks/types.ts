// A scenario playbook: how a mediator handles one common kind of dispute — what points to it, which facts
// must be confirmed (and the question to ask when one is missing), the articles it rests on and why, the
// statutory remedy, the default settlement, advice for each side, and where the case should go.
import type { Bilingual, CategoryCode, DemandCode } from '../labels.js';
import type { Remedy } from '../remedy/types.js';
import type { ExtractedFacts } from '../text/facts.js';

export const SCENARIO_IDS = [
  'online_return',
  'offline_return',
  'quality_defect',
  'sanbao',
  'car_warranty',
  'fraud',
  'food_safety',
  'prepaid_refund',
  'prepaid_closure',
  'price_overcharge',
  'short_weight',
  'service_failure',
  'unfair_terms',
  'delivery',
  'personal_data',
  'general',
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export type Route = 'auto' | 'merchant' | 'human';

export type PlaybookContext = {
  text: string;
  facts: ExtractedFacts;
  category: CategoryCode;
  confidence: number;
  demands: readonly DemandCode[];
  /** Today in China, YYYY-MM-DD. */
  today: string;
  lprPercent?: number;
};

export type FactCheck = {
  key: string;
  question: Bilingual;
  missing(ctx: PlaybookContext): boolean;
};

export type SettlementTermKind =
  | 'refund'
  | 'return'
  | 'exchange'
  | 'repair'
  | 'compensation'
  | 'apology'
  | 'performance'
  | 'delete_data';

export type SettlementTerm = {
  kind: SettlementTermKind;
  amountMinor?: number;
  note: Bilingual;
};

export type RouteHint = { route: Route; reason: Bilingual; code: string };

export type Playbook = {
  id: ScenarioId;
  name: Bilingual;
  /** The dispute category this scenario belongs to. */
  category: CategoryCode;
  /** Words that point to this scenario; they break ties when the classifier is unsure. */
  cues: readonly string[];
  /** Within its category, whether the facts fit this scenario better than the category's default. */
  fits?(ctx: PlaybookContext): boolean;
  facts: readonly FactCheck[];
  /** Article references, most important first. */
  references(ctx: PlaybookContext): string[];
  /** Why each article applies, for the references this playbook may cite. */
  reasons: Readonly<Record<string, Bilingual>>;
  remedies(ctx: PlaybookContext): Remedy[];
  settlement(ctx: PlaybookContext, remedies: readonly Remedy[]): SettlementTerm[];
  guidance: { consumer: Bilingual; merchant: Bilingual };
  /** The scenario's own view of the route; global rules (injury, amount, confidence) may override it. */
  route(ctx: PlaybookContext, remedies: readonly Remedy[]): RouteHint;
};

export const MERCHANT_FIRST: RouteHint = {
  route: 'merchant',
  code: 'merchant_first',
  reason: {
    zh: '常见纠纷，先由商家在时限内处理',
    en: 'A common dispute: the merchant handles it first, within the deadlines',
  },
};

export function wants(ctx: PlaybookContext, ...demands: DemandCode[]): boolean {
  return demands.some((d) => ctx.demands.includes(d));
}

export function refund(amountMinor: number | undefined, zh: string, en: string): SettlementTerm {
  return amountMinor === undefined || amountMinor === 0
    ? { kind: 'refund', note: { zh, en } }
    : { kind: 'refund', amountMinor, note: { zh, en } };
}

export const ASK_PRICE: FactCheck = {
  key: 'price',
  question: { zh: '您实际支付了多少钱？', en: 'How much did you actually pay?' },
  missing: (c) => c.facts.priceMinor === undefined,
};
export const ASK_PURCHASE_DATE: FactCheck = {
  key: 'purchaseDate',
  question: { zh: '您是哪天购买（付款）的？', en: 'On what date did you buy (pay)?' },
  missing: (c) => c.facts.purchaseDate === undefined,
};
export const ASK_CHANNEL: FactCheck = {
  key: 'channel',
  question: { zh: '您是在网上、直播间还是实体店购买的？', en: 'Did you buy online, in a live stream, or in a shop?' },
  missing: (c) => c.facts.channel === undefined,
};
export const ASK_EVIDENCE: FactCheck = {
  key: 'evidence',
  question: {
    zh: '您是否保留了小票、订单截图、照片或聊天记录？',
    en: 'Do you have the receipt, order screenshots, photos or chat records?',
  },
  missing: (c) => !/(照片|截图|视频|小票|发票|聊天记录|录音|凭证|订单)/.test(c.text),
};
