// One short line per event type, in Chinese and English, shown in the inbox. {n} is the case number.
type Title = { zh: string; en: string };

const CASE_TITLES: Record<string, Title> = {
  filed: { zh: '收到新投诉 {n}', en: 'New complaint {n}' },
  merchant_identified: { zh: '案件 {n} 已确定经营者', en: 'Merchant identified for case {n}' },
  respond: { zh: '商家已回应案件 {n}', en: 'The merchant responded to case {n}' },
  make_offer: { zh: '案件 {n} 有新的和解方案', en: 'New offer on case {n}' },
  evidence_added: { zh: '案件 {n} 有新的照片证据', en: 'New photo on case {n}' },
  accept_offer: { zh: '案件 {n} 的和解方案已被接受', en: 'Offer accepted on case {n}' },
  reject_offer: { zh: '案件 {n} 的和解方案被拒绝', en: 'Offer rejected on case {n}' },
  ask_consumer: { zh: '案件 {n} 需要消费者补充说明', en: 'Case {n} is waiting for the consumer' },
  consumer_answer: { zh: '消费者已回复案件 {n}', en: 'The consumer answered on case {n}' },
  message_posted: { zh: '案件 {n} 有新消息', en: 'New message on case {n}' },
  confirm_fulfilment: { zh: '案件 {n} 已确认履行', en: 'Fulfilment confirmed on case {n}' },
  rate: { zh: '案件 {n} 已评价', en: 'Case {n} was rated' },
  closed: { zh: '案件 {n} 已结案', en: 'Case {n} is closed' },
  escalated: { zh: '案件 {n} 已升级处理', en: 'Case {n} was escalated' },
  deadline_missed: { zh: '案件 {n} 已超过处理期限', en: 'A deadline on case {n} was missed' },
  assigned: { zh: '案件 {n} 已分派', en: 'Case {n} was assigned' },
  mediated_agreement: { zh: '案件 {n} 已达成调解协议', en: 'Mediated agreement on case {n}' },
  mediation_failed: { zh: '案件 {n} 调解未成功', en: 'Mediation failed on case {n}' },
  mediation_expired: { zh: '案件 {n} 调解期限届满', en: 'The mediation period of case {n} ended' },
  complaint_accepted: { zh: '市场监管部门已受理案件 {n}', en: 'The regulator accepted case {n}' },
  complaint_declined: { zh: '市场监管部门不予受理案件 {n}', en: 'The regulator declined case {n}' },
  referred: { zh: '案件 {n} 已转介', en: 'Case {n} was referred' },
  rejected: { zh: '案件 {n} 不予受理', en: 'Case {n} was rejected' },
  transferred: { zh: '案件 {n} 已移送', en: 'Case {n} was transferred' },
  withdrawn: { zh: '案件 {n} 已撤回', en: 'Case {n} was withdrawn' },
};
// The same events under past-tense names, should the lifecycle name them so.
const ALIASES: Record<string, string> = {
  offer_made: 'make_offer',
  offer_accepted: 'accept_offer',
  offer_rejected: 'reject_offer',
  responded: 'respond',
  consumer_asked: 'ask_consumer',
  consumer_answered: 'consumer_answer',
  fulfilment_confirmed: 'confirm_fulfilment',
  rated: 'rate',
  close: 'closed',
};
const CASE_FALLBACK: Title = { zh: '案件 {n} 有新进展', en: 'Case {n} was updated' };
const OTHER: Title = { zh: '新通知', en: 'New notification' };

export function notificationTitle(type: string, caseNumber: string | null): Title {
  if (!type.startsWith('case.')) return OTHER;
  const action = type.slice('case.'.length);
  const t = CASE_TITLES[ALIASES[action] ?? action] ?? CASE_FALLBACK;
  const n = caseNumber ?? '';
  return {
    zh: t.zh.replace('{n}', n).replace(/\s+/g, ' ').trim(),
    en: t.en.replace('{n}', n).replace(/\s+/g, ' ').trim(),
  };
}

/** The event types that have a title of their own (for tests and docs). */
export const TITLED_CASE_ACTIONS: readonly string[] = Object.keys(CASE_TITLES);
