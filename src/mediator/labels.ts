// The label sets of the AI mediator (shared/MEDIATOR-LABELS.md). The order of these arrays is the order of
// the model's output rows, so appending a code means retraining; never reorder.

export const CATEGORY_CODES = [
  'quality',
  'fraud',
  'return',
  'prepaid',
  'price',
  'food_safety',
  'service',
  'contract_terms',
  'repair_warranty',
  'delivery',
  'privacy',
  'other',
] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

export const DEMAND_CODES = [
  'refund',
  'return_refund',
  'exchange',
  'repair',
  'compensation',
  'triple_compensation',
  'tenfold_compensation',
  'apology',
  'performance',
  'other',
] as const;
export type DemandCode = (typeof DEMAND_CODES)[number];

export type Bilingual = { zh: string; en: string };
export type Label<C extends string> = { code: C; name: Bilingual };

export const CATEGORIES: readonly Label<CategoryCode>[] = [
  { code: 'quality', name: { zh: '商品质量', en: 'Product quality' } },
  { code: 'fraud', name: { zh: '虚假宣传/欺诈', en: 'False advertising / fraud' } },
  { code: 'return', name: { zh: '退换货/无理由退货', en: 'Returns / no-reason return' } },
  { code: 'prepaid', name: { zh: '预付卡/退费', en: 'Prepaid card / refund of fees' } },
  { code: 'price', name: { zh: '价格争议', en: 'Price dispute' } },
  { code: 'food_safety', name: { zh: '食品安全', en: 'Food safety' } },
  { code: 'service', name: { zh: '服务质量', en: 'Service quality' } },
  { code: 'contract_terms', name: { zh: '合同/格式条款', en: 'Contract / standard terms' } },
  { code: 'repair_warranty', name: { zh: '售后维修/三包', en: 'After-sales repair / warranty (三包)' } },
  { code: 'delivery', name: { zh: '物流/配送', en: 'Delivery' } },
  { code: 'privacy', name: { zh: '个人信息', en: 'Personal data' } },
  { code: 'other', name: { zh: '其他', en: 'Other' } },
];

export const DEMANDS: readonly Label<DemandCode>[] = [
  { code: 'refund', name: { zh: '退款', en: 'Refund' } },
  { code: 'return_refund', name: { zh: '退货退款', en: 'Return and refund' } },
  { code: 'exchange', name: { zh: '换货', en: 'Exchange' } },
  { code: 'repair', name: { zh: '维修', en: 'Repair' } },
  { code: 'compensation', name: { zh: '赔偿', en: 'Compensation for actual loss' } },
  { code: 'triple_compensation', name: { zh: '三倍赔偿（退一赔三）', en: 'Treble damages (CPL art. 55)' } },
  { code: 'tenfold_compensation', name: { zh: '十倍赔偿', en: 'Tenfold damages (Food Safety Law art. 148)' } },
  { code: 'apology', name: { zh: '道歉', en: 'Apology' } },
  { code: 'performance', name: { zh: '履行合同/继续提供服务', en: 'Performance of the contract' } },
  { code: 'other', name: { zh: '其他', en: 'Other' } },
];

export function isCategory(code: string): code is CategoryCode {
  return (CATEGORY_CODES as readonly string[]).includes(code);
}

export function isDemand(code: string): code is DemandCode {
  return (DEMAND_CODES as readonly string[]).includes(code);
}

export function categoryName(code: CategoryCode): Bilingual {
  return CATEGORIES.find((c) => c.code === code)!.name;
}

export function demandName(code: DemandCode): Bilingual {
  return DEMANDS.find((d) => d.code === code)!.name;
}
