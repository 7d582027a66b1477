// A statutory remedy: what the consumer may claim under one rule, with the amount in minor units and the
// formula written out, so both parties can check the arithmetic against the cited article.
import { formatMoney } from '../../lib/money.js';
import type { Bilingual } from '../labels.js';

export type RemedyRule =
  | 'cpl55-treble'
  | 'food148-tenfold'
  | 'seven-day-return'
  | 'sanbao'
  | 'prepaid-refund'
  | 'car-warranty'
  | 'price-refund'
  | 'overcharge-refund'
  | 'deposit-refund'
  | 'actual-loss';

export type RemedyOption = 'refund' | 'return' | 'exchange' | 'repair' | 'replace_part' | 'backup_car';

export type Remedy = {
  rule: RemedyRule;
  /** False when the rule's conditions are not met or an exception applies; the formula says why. */
  applies: boolean;
  /** Money due under this rule alone, minor units (0 when none or unknown). */
  amountMinor: number;
  currency: string;
  formula: Bilingual;
  /** Article references the rule comes from. */
  basis: string[];
  /** What the consumer may choose between (三包, car warranty). */
  options?: RemedyOption[];
  /** Last calendar day (YYYY-MM-DD) of a statutory window, where one applies. */
  deadline?: string;
  /** True when a needed fact (price, date) was missing and the result is provisional. */
  provisional?: boolean;
};

export function money(amountMinor: number, currency = 'CNY'): string {
  return formatMoney({ amountMinor, currency });
}
