// The demo merchants: fictional Hangzhou businesses across the industries where complaints gather.
// Names, addresses and phone numbers are invented (street names are real, house numbers are not).
// One line per merchant, so the list reads as the table it is:
//   slug | industry | district code (- for none) | legal name | trade name | address | phone | stores
// where stores are `name@district@address` separated by `;`. The slug names the staff login (shop-<slug>).
import { creditCodeCheckChar, makeCreditCode } from '../../lib/credit-code.js';
import { INDUSTRIES, type Industry } from '../merchants/index.js';

const TABLE = `
shiweitang|restaurant|330102|杭州拾味堂餐饮管理有限公司|拾味堂·杭帮菜|杭州市上城区河坊街218号|0571-8702 3318|拾味堂河坊街店@330102@杭州市上城区河坊街218号;拾味堂湖滨店@330102@杭州市上城区东坡路61号
yuge|restaurant|330106|杭州江南渔歌餐饮有限公司|渔歌酸菜鱼|杭州市西湖区文三路477号|0571-8816 2207|渔歌酸菜鱼文三路店@330106@杭州市西湖区文三路477号;渔歌酸菜鱼江南大道店@330108@杭州市滨江区江南大道1068号
aqin|restaurant|330105|杭州市拱墅区阿琴烧腊店（个体工商户）|阿琴烧腊|杭州市拱墅区大关路96号|0571-8531 6620|阿琴烧腊大关店@330105@杭州市拱墅区大关路96号
xiaoran|restaurant|330109|杭州萧然小龙虾餐饮有限公司|萧然龙虾馆|杭州市萧山区人民路312号|0571-8265 1190|萧然龙虾馆人民路店@330109@杭州市萧山区人民路312号
linlixian|supermarket|330105|杭州邻里鲜超市有限公司|邻里鲜超市|杭州市拱墅区湖墅南路188号|0571-8807 5521|邻里鲜湖墅店@330105@杭州市拱墅区湖墅南路188号;邻里鲜望江店@330102@杭州市上城区望江东路70号
hefeng|supermarket|330110|杭州禾丰购物中心有限公司|禾丰超市|杭州市余杭区五常大道161号|0571-8868 4410|禾丰超市五常店@330110@杭州市余杭区五常大道161号
huimin|supermarket|330127|淳安千岛湖惠民超市有限公司|惠民超市|杭州市淳安县千岛湖镇新安东路58号|0571-6502 3347|惠民超市新安东路店@330127@杭州市淳安县千岛湖镇新安东路58号
lixing|fitness|330108|杭州力行健身管理有限公司|力行健身|杭州市滨江区江南大道588号|0571-8669 0032|力行健身江南大道店@330108@杭州市滨江区江南大道588号;力行健身古墩路店@330106@杭州市西湖区古墩路358号
yuedong|fitness|330113|杭州悦动体育发展有限公司|悦动游泳健身|杭州市临平区迎宾路301号|0571-8917 7765|悦动游泳健身临平店@330113@杭州市临平区迎宾路301号
chanxin|fitness|330106|杭州禅心瑜伽文化传播有限公司|禅心瑜伽|杭州市西湖区古墩路702号|0571-8799 4418|禅心瑜伽古墩路馆@330106@杭州市西湖区古墩路702号
qimingxing|education|330106|杭州启明星教育科技有限公司|启明星英语|杭州市西湖区教工路149号|0571-8883 6012|启明星英语文新校区@330106@杭州市西湖区教工路149号;启明星英语下沙校区@330114@杭州市钱塘区学源街118号
mashang|education|330108|杭州码上未来职业技能培训有限公司|码上未来编程|杭州市滨江区网商路699号|0571-8677 3309|码上未来滨江校区@330108@杭州市滨江区网商路699号
qinyun|education|330102|杭州琴韵艺术培训有限公司|琴韵琴行|杭州市上城区解放东路29号|0571-8609 1125|琴韵琴行解放东路店@330102@杭州市上城区解放东路29号
tongda|education|330114|杭州通达机动车驾驶员培训有限公司|通达驾校|杭州市钱塘区6号大街452号|0571-8690 5533|通达驾校下沙训练场@330114@杭州市钱塘区6号大街452号
meiyu|beauty|330102|杭州美遇美容美发有限公司|美遇造型|杭州市上城区延安路98号|0571-8706 2281|美遇造型延安路店@330102@杭州市上城区延安路98号
yanruyu|beauty|330105|杭州颜如玉美容有限公司|颜如玉皮肤管理|杭州市拱墅区莫干山路100号|0571-8812 6690|颜如玉莫干山路店@330105@杭州市拱墅区莫干山路100号;颜如玉萧山店@330109@杭州市萧山区金城路358号
xiaoya|beauty|330113|杭州市临平区小雅美甲店（个体工商户）|小雅美甲|杭州市临平区临平大道599号3楼|0571-8918 3306|小雅美甲临平店@330113@杭州市临平区临平大道599号3楼
shumagang|electronics|330106|杭州数码港电子有限公司|数码港|杭州市西湖区文三路259号|0571-8821 7746|数码港文三路店@330106@杭州市西湖区文三路259号;数码港余杭店@330110@杭州市余杭区文一西路998号
jiajia|electronics|330109|杭州家佳电器有限公司|家佳电器|杭州市萧山区金城路438号|0571-8287 5510|家佳电器金城路店@330109@杭州市萧山区金城路438号
jike|electronics|330108|杭州滨江极客数码科技有限公司|极客数码|杭州市滨江区长河路351号|0571-8675 2204|极客数码长河路店@330108@杭州市滨江区长河路351号
yunshang|online_shop|330110|杭州云裳电子商务有限公司|云裳服饰旗舰店|杭州市余杭区文一西路1500号|0571-8861 3372|云裳服饰旗舰店（网店）@330110@杭州市余杭区文一西路1500号
muyu|online_shop|330113|杭州木语家居电子商务有限公司|木语家居|杭州市临平区东湖北路88号|0571-8915 0027|木语家居（网店）@330113@杭州市临平区东湖北路88号
xianguo|online_shop|330114|杭州鲜果时光电子商务有限公司|鲜果时光|杭州市钱塘区文泽路316号|0571-8691 7719|
huanqiu|online_shop|-|杭州环球优选跨境电子商务有限公司|环球优选|网络经营（无实体门店）|0571-8699 0520|
xizi|tourism|330106|杭州西子假期旅行社有限公司|西子假期|杭州市西湖区北山街84号|0571-8797 1156|西子假期北山街门市@330106@杭州市西湖区北山街84号
shanshui|tourism|330127|淳安千岛湖山水间民宿有限公司|山水间民宿|杭州市淳安县千岛湖镇梦姑路21号|0571-6503 8823|山水间民宿@330127@杭州市淳安县千岛湖镇梦姑路21号
fuchun|tourism|330122|桐庐富春江漂流旅游开发有限公司|富春漂流|杭州市桐庐县富春江镇芦茨村|0571-6462 5581|富春漂流游客中心@330122@杭州市桐庐县富春江镇芦茨村
xinanjiang|tourism|330182|建德新安江旅游服务有限公司|新安江游船|杭州市建德市新安江街道江滨中路6号|0571-6473 2209|新安江游船码头@330182@杭州市建德市新安江街道江滨中路6号
suan|car_repair|330109|杭州速安汽车维修有限公司|速安汽修|杭州市萧山区通惠南路1125号|0571-8276 6093|速安汽修通惠南路店@330109@杭州市萧山区通惠南路1125号
chezhijia|car_repair|330110|杭州车之家汽车服务有限公司|车之家养车|杭州市余杭区良渚街道好运街65号|0571-8858 4430|车之家良渚店@330110@杭州市余杭区良渚街道好运街65号;车之家临平店@330113@杭州市临平区世纪大道310号
laozhou|car_repair|330111|杭州市富阳区老周汽车修理厂（个体工商户）|老周汽修|杭州市富阳区金桥北路221号|0571-6331 2876|老周汽修@330111@杭州市富阳区金桥北路221号
wangji|market_stall|330105|杭州市拱墅区王记鲜肉摊（个体工商户）|王记鲜肉|杭州市拱墅区德胜农贸市场A12号摊位|0571-8530 2461|王记鲜肉A12摊位@330105@杭州市拱墅区德胜农贸市场A12号摊位
haifeng|market_stall|330102|杭州市上城区海丰水产摊（个体工商户）|海丰水产|杭州市上城区望江农贸市场B07号摊位|0571-8607 2283|海丰水产B07摊位@330102@杭州市上城区望江农贸市场B07号摊位
chengyi|market_stall|330102|杭州市上城区诚衣服装档口（个体工商户）|诚衣服饰|杭州市上城区四季青服装市场2楼2086号|0571-8704 0958|诚衣服饰2086档口@330102@杭州市上城区四季青服装市场2楼2086号
meiwu|market_stall|330106|杭州市西湖区梅坞茶叶店（个体工商户）|梅坞茶叶|杭州市西湖区梅家坞茶市街17号|0571-8796 3310|梅坞茶叶摊位@330106@杭州市西湖区梅家坞茶市街17号
shanli|market_stall|330112|杭州市临安区山里人家干货店（个体工商户）|山里人家|杭州市临安区锦城街道农贸市场C21号|0571-6373 9042|山里人家C21摊位@330112@杭州市临安区锦城街道农贸市场C21号
afang|market_stall|330111|杭州市富阳区阿芳水果摊（个体工商户）|阿芳水果|杭州市富阳区富春街道农贸市场D03号|0571-6332 7726|阿芳水果D03摊位@330111@杭州市富阳区富春街道农贸市场D03号
`;

export type DemoStore = { name: string; address: string; district: string | null };

export type DemoMerchant = {
  slug: string;
  industry: Industry;
  /** District code (hangzhou.ts), or null for an online-only business without one. */
  district: string | null;
  legalName: string;
  tradeName: string;
  address: string;
  phone: string;
  /** 个体工商户: an individual business, whose credit code starts 92. */
  individual: boolean;
  stores: DemoStore[];
};

const district = (code: string | undefined): string | null => (!code || code === '-' ? null : code);

function parseMerchant(line: string): DemoMerchant {
  const [slug, industry, dist, legalName, tradeName, address, phone, stores] = line.split('|');
  if (!slug || !legalName || !tradeName || !INDUSTRIES.includes(industry as Industry)) {
    throw new Error(`bad demo merchant line: ${line}`);
  }
  return {
    slug,
    industry: industry as Industry,
    district: district(dist),
    legalName,
    tradeName,
    address: address ?? '',
    phone: phone ?? '',
    individual: legalName.endsWith('（个体工商户）'),
    stores: (stores ?? '')
      .split(';')
      .filter(Boolean)
      .map((s) => {
        const [name, d, addr] = s.split('@');
        return { name: name ?? '', district: district(d), address: addr ?? '' };
      }),
  };
}

export const MERCHANTS: readonly DemoMerchant[] = TABLE.trim().split('\n').map(parseMerchant);

/** Merchants whose staff logins are printed at start: each gets a share of the live cases. */
export const SHOWCASE_MERCHANTS = ['shiweitang', 'lixing', 'shumagang'] as const;

/**
 * A valid credit code for the i-th merchant. makeCreditCode cycles its division over the pilot cities;
 * seeds ≡ 0, 1, 2 (mod 10) are the three Hangzhou ones. Individual businesses get category 92 (then the
 * check character is computed again: it covers positions 1–17).
 */
export function demoCreditCode(index: number, individual: boolean): string {
  const code = makeCreditCode(20_260 + index * 10 + (index % 3));
  if (!individual) return code;
  const first17 = `92${code.slice(2, 17)}`;
  return first17 + creditCodeCheckChar(first17);
}

/** UnionPay-style merchant numbers: 898 + city (3301) + the industry's MCC + a serial. */
const MCC: Record<Industry, string> = {
  restaurant: '5812',
  supermarket: '5411',
  fitness: '7997',
  education: '8299',
  beauty: '7230',
  electronics: '5732',
  online_shop: '5399',
  tourism: '4722',
  car_repair: '7538',
  market_stall: '5499',
  retail: '5311',
  other: '5999',
};

export function demoMid(index: number, industry: Industry): string {
  return `8983301${MCC[industry]}${String(index + 1).padStart(4, '0')}`;
}
