// The demo city: Hangzhou with its ten districts, two counties and one county-level city as they stand
// since the 2021 re-division (codes from GB/T 2260), one mediation organisation per district, the city
// consumer association as the region-wide fallback, and the city market-regulation bureau.
import type { OrgKind } from '../mediation/index.js';

export const DEMO_REGION = {
  code: 'HZ',
  name: '杭州市',
  nameEn: 'Hangzhou',
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
} as const;

/** `slug` names the district's mediator login (med-<slug>). */
export type DemoDistrict = { code: string; name: string; nameEn: string; slug: string };

export const DISTRICTS: readonly DemoDistrict[] = [
  { code: '330102', name: '上城区', nameEn: 'Shangcheng District', slug: 'shangcheng' },
  { code: '330105', name: '拱墅区', nameEn: 'Gongshu District', slug: 'gongshu' },
  { code: '330106', name: '西湖区', nameEn: 'Xihu District', slug: 'xihu' },
  { code: '330108', name: '滨江区', nameEn: 'Binjiang District', slug: 'binjiang' },
  { code: '330109', name: '萧山区', nameEn: 'Xiaoshan District', slug: 'xiaoshan' },
  { code: '330110', name: '余杭区', nameEn: 'Yuhang District', slug: 'yuhang' },
  { code: '330111', name: '富阳区', nameEn: 'Fuyang District', slug: 'fuyang' },
  { code: '330112', name: '临安区', nameEn: "Lin'an District", slug: 'linan' },
  { code: '330113', name: '临平区', nameEn: 'Linping District', slug: 'linping' },
  { code: '330114', name: '钱塘区', nameEn: 'Qiantang District', slug: 'qiantang' },
  { code: '330122', name: '桐庐县', nameEn: 'Tonglu County', slug: 'tonglu' },
  { code: '330127', name: '淳安县', nameEn: "Chun'an County", slug: 'chunan' },
  { code: '330182', name: '建德市', nameEn: 'Jiande City', slug: 'jiande' },
];

export type DemoOrg = {
  name: string;
  kind: OrgKind;
  /** District code, or null: the whole region. */
  district: string | null;
  /** Login of the organisation's demo mediator. */
  login: string;
};

/**
 * One people's-tier organisation per district: liaison stations where disputes gather in markets and
 * shopping streets, street or township mediation committees elsewhere. The city consumer association takes
 * what no district covers (online-only merchants without a district).
 */
export const MEDIATION_ORGS: readonly DemoOrg[] = [
  { name: '湖滨步行街消费维权联络站', kind: 'liaison_station', district: '330102', login: 'med-shangcheng' },
  { name: '拱墅区米市巷街道人民调解委员会', kind: 'community_committee', district: '330105', login: 'med-gongshu' },
  { name: '西湖区文新街道人民调解委员会', kind: 'community_committee', district: '330106', login: 'med-xihu' },
  { name: '滨江区电子商务消费维权联络站', kind: 'liaison_station', district: '330108', login: 'med-binjiang' },
  { name: '萧山商业城消费维权联络站', kind: 'liaison_station', district: '330109', login: 'med-xiaoshan' },
  { name: '余杭区五常街道人民调解委员会', kind: 'community_committee', district: '330110', login: 'med-yuhang' },
  { name: '富阳区农贸市场消费维权联络站', kind: 'liaison_station', district: '330111', login: 'med-fuyang' },
  { name: '临安区锦城街道人民调解委员会', kind: 'community_committee', district: '330112', login: 'med-linan' },
  { name: '临平区南苑街道人民调解委员会', kind: 'community_committee', district: '330113', login: 'med-linping' },
  { name: '钱塘区下沙街道人民调解委员会', kind: 'community_committee', district: '330114', login: 'med-qiantang' },
  { name: '桐庐县富春江镇人民调解委员会', kind: 'village_committee', district: '330122', login: 'med-tonglu' },
  { name: '淳安县千岛湖镇人民调解委员会', kind: 'village_committee', district: '330127', login: 'med-chunan' },
  { name: '建德市新安江街道人民调解委员会', kind: 'community_committee', district: '330182', login: 'med-jiande' },
  { name: '杭州市消费者权益保护委员会', kind: 'consumer_association', district: null, login: 'hz-cca' },
];

export const REGULATOR_ORG = { name: '杭州市市场监督管理局', login: 'hz-amr' } as const;

export const INSTITUTION = { name: '和解演示支付（清算机构）', kind: 'clearing' } as const;

/** Fixed, documented demo passwords (docs/demo.md): this is a demo, not an installation. */
export const DEMO_PASSWORDS = {
  admin: 'hejie-admin-2026',
  regulator: 'hejie-regulator-2026',
  mediator: 'hejie-mediator-2026',
  merchant: 'hejie-merchant-2026',
} as const;

export const ADMIN_LOGIN = 'admin';

/** The demo consumer who signs in by phone (SMS code in the server log); 138 0013 8000 is the usual placeholder. */
export const DEMO_CONSUMER_PHONE = '13800138000';

/** Partners that take cross-border cases (the cases are transferred to them, not handled here). */
export const PARTNERS = ['香港消费者委员会', '澳门消费者委员会'] as const;
