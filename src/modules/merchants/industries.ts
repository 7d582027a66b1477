// The industries a merchant is registered under, and what people call them. Pure data with no imports: the
// schema, the API and the browser (the admin's merchant import) share this one list.
export const INDUSTRIES = [
  'restaurant',
  'supermarket',
  'fitness',
  'education',
  'beauty',
  'electronics',
  'online_shop',
  'tourism',
  'car_repair',
  'market_stall',
  'retail',
  'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** What each industry is called, for people (public pages, signs, statistics). */
export const INDUSTRY_NAMES: Record<Industry, { zh: string; en: string }> = {
  restaurant: { zh: '餐饮', en: 'Restaurants' },
  supermarket: { zh: '超市', en: 'Supermarkets' },
  fitness: { zh: '健身', en: 'Fitness' },
  education: { zh: '教育培训', en: 'Education and training' },
  beauty: { zh: '美容美发', en: 'Beauty and hairdressing' },
  electronics: { zh: '电子数码', en: 'Electronics' },
  online_shop: { zh: '网店', en: 'Online shops' },
  tourism: { zh: '旅游', en: 'Tourism' },
  car_repair: { zh: '汽车维修', en: 'Car repair' },
  market_stall: { zh: '市场摊位', en: 'Market stalls' },
  retail: { zh: '零售', en: 'Retail' },
  other: { zh: '其他', en: 'Other' },
};
