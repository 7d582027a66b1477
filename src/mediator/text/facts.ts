// Facts read from a complaint: money, dates, channel, what was bought, and the flags the playbooks and the
// router need. Facts the caller already knows (the payment record) override what the text says, because a
// signed receipt is better evidence than a consumer's memory.
import { type AmountMention, extractAmounts } from './amounts.js';
import {
  CAR_CUES,
  CHANNEL_CUES,
  CUSTOM_CUES,
  DIGITAL_CUES,
  FOOD_CUES,
  FRAUD_CUES,
  findCue,
  GOODS_TYPES,
  hasCue,
  INJURY_CUES,
  LABEL_DEFECT_CUES,
  OPENED_CUES,
  PERISHABLE_CUES,
  PREPAID_CUES,
  SAFETY_CUES,
  SHOP_CLOSED_CUES,
  WARRANTY_IN,
  WARRANTY_OUT,
} from './cues.js';
import { cstDay, type DateMention, daysBetween, extractDates } from './dates.js';
import { parseNumber } from './numbers.js';

export type Channel = 'online' | 'offline' | 'live_stream';
export type GoodsKind = 'goods' | 'service';

export type FactFlags = {
  food: boolean;
  prepaidCard: boolean;
  car: boolean;
  /** A durable good covered by 三包 (appliances, electronics, furniture, cars). */
  durable: boolean;
  /** true / false when the text says so; undefined when it does not. */
  withinWarranty: boolean | undefined;
  injury: boolean;
  shopClosed: boolean;
  fraudAllegation: boolean;
  opened: boolean;
  customMade: boolean;
  perishable: boolean;
  digital: boolean;
  /** Only a label or leaflet defect, no safety cue: the exception to food-safety:148's tenfold damages. */
  labelDefectOnly: boolean;
};

/** What the caller knows from the payment record or the filing form. */
export type InputFacts = {
  amountMinor?: number;
  currency?: string;
  channel?: Channel;
  /** ISO date or date-time of payment. */
  paidAt?: string;
  /** ISO date or date-time the goods were received. */
  receivedAt?: string;
  merchantIndustry?: string;
  goodsType?: string;
  injury?: boolean;
  shopClosed?: boolean;
  withinWarranty?: boolean;
  /** Remaining prepaid balance, minor units. */
  balanceMinor?: number;
  /** Actual loss claimed (medical bills etc.), minor units. */
  lossMinor?: number;
};

export type ExtractedFacts = {
  currency: string;
  amounts: AmountMention[];
  priceMinor?: number;
  balanceMinor?: number;
  lossMinor?: number;
  depositMinor?: number;
  overchargeMinor?: number;
  dates: DateMention[];
  purchaseDate?: string;
  receiptDate?: string;
  daysSincePurchase?: number;
  daysSinceReceipt?: number;
  channel?: Channel;
  goodsType?: string;
  goodsKind?: GoodsKind;
  merchantIndustry?: string;
  mileageKm?: number;
  repairCount?: number;
  flags: FactFlags;
};

function detectChannel(text: string): Channel | undefined {
  if (hasCue(text, CHANNEL_CUES.live_stream)) return 'live_stream';
  const online = CHANNEL_CUES.online.filter((c) => text.includes(c)).length;
  const offline = CHANNEL_CUES.offline.filter((c) => text.includes(c)).length;
  if (online === 0 && offline === 0) return undefined;
  return online >= offline ? 'online' : 'offline';
}

function detectGoods(text: string): (typeof GOODS_TYPES)[number] | undefined {
  let best: (typeof GOODS_TYPES)[number] | undefined;
  let bestAt = Number.POSITIVE_INFINITY;
  // The earliest mention is usually what was bought; later ones are comparisons or side remarks.
  for (const g of GOODS_TYPES) {
    const at = findCue(text, g.cues);
    if (at >= 0 && at < bestAt) {
      best = g;
      bestAt = at;
    }
  }
  return best;
}

function pickAmount(amounts: AmountMention[], role: AmountMention['role']): number | undefined {
  return amounts.find((a) => a.role === role)?.minor;
}

function sumRole(amounts: AmountMention[], role: AmountMention['role']): number | undefined {
  const xs = amounts.filter((a) => a.role === role);
  return xs.length ? xs.reduce((s, a) => s + a.minor, 0) : undefined;
}

function isoDay(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : cstDay(new Date(t));
}

function mileage(text: string): number | undefined {
  const m = /([0-9.]+|[一二两三四五六七八九十百千]+)\s*(万)?\s*(?:公里|km|KM)/.exec(text);
  if (!m) return undefined;
  const n = parseNumber(m[1]!)?.value;
  return n === undefined ? undefined : Math.round(n * (m[2] ? 10_000 : 1));
}

function repairCount(text: string): number | undefined {
  const m = /(?:修|维修|返修|返厂|送修|修理)(?:了|过)?([0-9一二两三四五六七八九十]+)次/.exec(text);
  return m ? parseNumber(m[1]!)?.value : undefined;
}

export function extractFacts(text: string, now: Date, input: InputFacts = {}): ExtractedFacts {
  const amounts = extractAmounts(text);
  const dates = extractDates(text, now);
  const today = cstDay(now);
  const goods = detectGoods(text);
  const unknown = amounts.filter((a) => a.role === 'unknown');
  // With no word saying which sum is the price, the first unlabelled sum is the best guess: consumers
  // open with what they paid.
  const priceMinor = input.amountMinor ?? pickAmount(amounts, 'price') ?? unknown[0]?.minor;
  const purchaseDate =
    isoDay(input.paidAt) ??
    dates.find((d) => d.anchor === 'purchase')?.date ??
    dates.find((d) => d.anchor === 'unknown')?.date;
  const receiptDate = isoDay(input.receivedAt) ?? dates.find((d) => d.anchor === 'receipt')?.date;
  const food = hasCue(text, FOOD_CUES) || goods?.type === 'food' || goods?.type === 'catering';
  const withinWarranty =
    input.withinWarranty ?? (hasCue(text, WARRANTY_OUT) ? false : hasCue(text, WARRANTY_IN) ? true : undefined);
  const safety = hasCue(text, SAFETY_CUES);
  const car = goods?.type === 'car' || hasCue(text, CAR_CUES);

  const facts: ExtractedFacts = {
    currency: input.currency ?? 'CNY',
    amounts,
    dates,
    flags: {
      food,
      prepaidCard: hasCue(text, PREPAID_CUES),
      car,
      durable: car || goods?.durable === true,
      withinWarranty,
      injury: input.injury ?? hasCue(text, INJURY_CUES),
      shopClosed: input.shopClosed ?? hasCue(text, SHOP_CLOSED_CUES),
      fraudAllegation: hasCue(text, FRAUD_CUES),
      opened: hasCue(text, OPENED_CUES),
      customMade: hasCue(text, CUSTOM_CUES),
      perishable: hasCue(text, PERISHABLE_CUES),
      digital: hasCue(text, DIGITAL_CUES),
      labelDefectOnly: food && hasCue(text, LABEL_DEFECT_CUES) && !safety,
    },
  };
  const set = <K extends keyof ExtractedFacts>(k: K, v: ExtractedFacts[K] | undefined) => {
    if (v !== undefined) facts[k] = v;
  };
  set('priceMinor', priceMinor);
  set('balanceMinor', input.balanceMinor ?? pickAmount(amounts, 'balance'));
  set('lossMinor', input.lossMinor ?? sumRole(amounts, 'loss'));
  set('depositMinor', pickAmount(amounts, 'deposit'));
  set('overchargeMinor', pickAmount(amounts, 'overcharge'));
  set('purchaseDate', purchaseDate);
  set('receiptDate', receiptDate);
  set('daysSincePurchase', purchaseDate ? daysBetween(purchaseDate, today) : undefined);
  set('daysSinceReceipt', receiptDate ? daysBetween(receiptDate, today) : undefined);
  set('channel', input.channel ?? detectChannel(text));
  set('goodsType', input.goodsType ?? goods?.type);
  set('goodsKind', goods?.kind);
  set('merchantIndustry', input.merchantIndustry);
  set('mileageKm', car ? mileage(text) : undefined);
  set('repairCount', repairCount(text));
  return facts;
}
