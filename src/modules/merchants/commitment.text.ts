// How a commitment reads to a consumer, in Chinese: on the store page, the printed sign and the public API.
// Pure: the same row always reads the same way.
// Type imports only: the merchant console loads this file in the browser.
import type { CommitmentKind } from './merchants.schema.js';

export type CommitmentTerms = {
  kind: CommitmentKind;
  windowDays: number | null;
  exclusions: readonly string[];
  conditions: string;
};

export const COMMITMENT_TITLES: Record<CommitmentKind, { zh: string; en: string }> = {
  reassured_consumption: { zh: '放心消费承诺', en: 'Reassured consumption pledge' },
  offline_no_reason_return: { zh: '线下无理由退货', en: 'In-store no-reason returns' },
  seven_day_resolution: { zh: '7日解决', en: 'Complaints resolved within 7 days' },
};

const BASE_TEXT: Record<CommitmentKind, (t: CommitmentTerms) => string> = {
  reassured_consumption: () => '诚信经营，明码标价，商品和服务质量有保障',
  offline_no_reason_return: (t) => (t.windowDays ? `${t.windowDays}天内` : '购买后'),
  seven_day_resolution: () => '消费投诉7日内解决',
};

/** e.g. "7天内，除定制商品、食品外；商品完好". */
export function commitmentText(t: CommitmentTerms): string {
  let s = BASE_TEXT[t.kind](t);
  const exclusions = t.exclusions.map((e) => e.trim()).filter(Boolean);
  if (exclusions.length > 0) s += `，除${exclusions.join('、')}外`;
  const conditions = t.conditions.trim();
  if (conditions) s += `；${conditions}`;
  return s;
}

/** e.g. "线下无理由退货：7天内，除定制商品、食品外". */
export function commitmentLine(t: CommitmentTerms): string {
  return `${COMMITMENT_TITLES[t.kind].zh}：${commitmentText(t)}`;
}
