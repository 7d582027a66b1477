// Chinese names shown to consumers on the public pages and the printed sign.
import { DEMANDS } from '../../contracts/cases.js';
import { INDUSTRY_NAMES, type Industry } from '../merchants/index.js';

export type Demand = (typeof DEMANDS)[number];

/** Every demand code of contracts/cases.ts, in its order (a new code is a type error here until named). */
export const DEMAND_LABELS: Record<Demand, string> = {
  refund: '退款',
  return_refund: '退货退款',
  exchange: '换货',
  repair: '维修',
  compensation: '赔偿损失',
  triple_compensation: '退一赔三',
  tenfold_compensation: '食品十倍赔偿',
  apology: '赔礼道歉',
  performance: '继续履行合同',
  other: '其他',
};
export const DEMAND_OPTIONS: readonly { code: Demand; label: string }[] = DEMANDS.map((code) => ({
  code,
  label: DEMAND_LABELS[code],
}));

export const INDUSTRY_LABELS: Record<Industry, string> = Object.fromEntries(
  Object.entries(INDUSTRY_NAMES).map(([code, name]) => [code, name.zh]),
) as Record<Industry, string>;
