// Complaint texts for the demo cases, written for this demo in a consumer's own voice. One line each:
//   industry | title | demands | amount range in yuan | what the merchant tends to offer | text
// `{amt}` in the text is the amount paid (yuan), drawn from the range for each case.
import { DEMANDS } from '../../contracts/cases.js';
import type { Industry } from '../merchants/index.js';

const TABLE = `
restaurant|酸菜鱼里吃出铁丝|refund,compensation|168-420|refund|昨晚在店里吃饭，酸菜鱼里吃出一段钢丝球的铁丝，差点划破嘴。服务员只说给换一份，这顿一共{amt}元，我要求退餐费并赔偿。
restaurant|团购券周末不让用|refund|99-298|refund|买了{amt}元的双人套餐团购券，周六到店被告知周末不能用，要补差价才行。券上根本没写周末不可用，要么按券使用，要么全额退款。
restaurant|打包烧鹅变质|refund,tenfold_compensation|68-188|compensation|中午打包回家的烧鹅有明显酸味，家里两个人吃了都拉肚子。小票还在，{amt}元，要求退款并按食品安全法赔偿。
restaurant|包厢费事先没告知|refund|200-600|refund|订包厢时没有任何人说要收服务费，结账时多出{amt}元包厢费，菜单和预订短信里都没写，要求退还。
restaurant|储值卡余额退不了|refund|500-3000|refund|去年在店里充了储值卡，现在门口贴着装修停业通知，电话一直没人接，卡里还剩{amt}元，要求退还余额。
restaurant|小龙虾按时价多收钱|refund|150-480|refund|菜单上写的是一份小龙虾，结账时按斤算，一共收了{amt}元，服务员说是时价。点单时没人说明，要求按菜单价结算退差价。
restaurant|聚餐喝到过期果汁|tenfold_compensation,apology|220-680|compensation|聚餐时店里上的鲜榨果汁其实是瓶装的，已经过期两个月，喝完才看到瓶底日期。那桌消费{amt}元，要求道歉并赔偿。
restaurant|少上三道菜照收钱|refund,apology|260-720|refund|等了一个多小时，少上了三道菜，结账却一道没少收，一共{amt}元。找经理理论还被服务员顶撞，要求退掉没上的菜钱并道歉。
supermarket|买到过期酸奶|tenfold_compensation|36-128|compensation|在超市买的酸奶回家发现已经过期三天，一共{amt}元的乳制品，都在保质期标签上写着。根据食品安全法要求退款并赔偿。
supermarket|价签和结账价不一样|refund|20-120|refund|货架价签写着特价，收银台却按原价结算，买了好几样，算下来多付了{amt}元，要求退差价。
supermarket|排骨缺斤少两|refund,compensation|60-160|refund|生鲜区买的排骨标签写一点五公斤，回家一称只有一点一公斤，按标签价算多付了{amt}元，怀疑秤有问题。
supermarket|进口饼干没有中文标签|return_refund,tenfold_compensation|80-260|compensation|买的进口饼干外包装没有中文标签，也找不到进口检验检疫证明，一共花了{amt}元，要求退货退款并赔偿。
supermarket|购物卡突然限制使用|performance|500-2000|other|单位发的{amt}元购物卡，超市换了收银系统后说只能在部分门店用，生鲜也不能刷。办卡时没有这些限制，要求按原来的约定使用。
supermarket|大米生虫发霉|return_refund|59-139|refund|买回家的大米拆开就有虫子和霉点，离生产日期才两个月，花了{amt}元，要求退货退款。
supermarket|满额赠品说送完了|performance|300-800|other|参加满额送电饭煲活动，消费了{amt}元，结完账说赠品已经送完了，可海报还挂在门口，要求兑现赠品或者折价补偿。
supermarket|会员积分被清零|other|30-150|compensation|会员积分到期清零前没有任何短信或APP提醒，清掉的积分能抵{amt}元，要求恢复积分。
fitness|健身房突然关门|refund|2800-6800|refund|去年办了两年的健身卡，一次付了{amt}元，上个月场馆突然关门，说是升级改造，到现在没有开门时间，前台和教练都联系不上，要求退还剩余期限的费用。
fitness|私教课教练离职不退费|refund|4800-12800|refund|买了私教课共{amt}元，才上了六节教练就离职了，换的教练不专业。想退剩余课时，店里说只能转让不能退。
fitness|七天内退卡被拒|refund|1999-4999|refund|签约时销售说七天内不满意可以全额退，第三天去退，店长说合同写了“一经售出概不退还”，已付{amt}元。
fitness|转卡要收高额手续费|other|300-1000|refund|因为工作调到外地，想把卡转给朋友，店里要收{amt}元转卡费，合同里根本没有这一条，要求免收。
fitness|会员自动续费扣款|refund|199-999|refund|没有经过我同意，会员自动续费扣了{amt}元，我已经半年没去过了，续费前也没有任何提醒，要求退款。
fitness|跑步机故障摔伤|compensation|600-2600|compensation|跑步机突然加速把我甩了下来，膝盖擦伤去医院花了{amt}元，店里说是我自己操作不当，可是当时已经有人报修过这台机器。要求赔偿医药费。
fitness|泳池停开不延期|refund,performance|800-2400|refund|办了{amt}元的游泳次卡，泳池说维修已经停开两个月，既不延期也不退钱，要求顺延或者退还未使用的次数。
fitness|瑜伽馆搬家太远|refund|1500-5000|refund|瑜伽馆搬到了新地址，坐地铁要一个多小时，剩余课程还值{amt}元，办卡时承诺就在家门口，要求退还剩余费用。
education|英语机构停课|refund|6800-19800|refund|给孩子报了一年的英语课，一次性交了{amt}元，才上了两个月机构就通知停课，让家长等通知，要求退还没上的课时费。
education|退课被扣违约金|refund|3000-9800|refund|顾问报名时说不满意随时可以退，现在想退剩下的课，机构要扣百分之三十违约金，还要扣赠送课的钱。总共交了{amt}元。
education|编程培训承诺包就业|refund|12800-26800|refund|报编程培训时被引导办了分期，一共{amt}元，宣传说包就业，实际课程都是录播，推荐的工作也都是销售岗，要求解除合同退款。
education|开课后加收教材费|refund|380-1200|refund|报名时说费用全包，开课以后又要交{amt}元的教材费和平台费，不交就不给上课，要求退还这部分额外收费。
education|钢琴老师一直换|refund|2400-7200|refund|钢琴课一个学期换了四个老师，孩子根本跟不上进度，剩下的课还有{amt}元，要求退费。
education|驾校补考加时另收费|performance,refund|600-1800|refund|报名时说包学包会不再收费，科目二没过，驾校要收补考费和加时费共{amt}元，要求按合同执行。
education|考证班不过不退|refund|1980-4980|refund|报了考证培训班{amt}元，报名时承诺考不过全额退，现在没考过机构却不认账，说要先再交钱复训。
education|网课名师直播变录播|refund|699-2999|refund|网课宣传是名师直播，买了才发现全是往年录播，课程{amt}元，七天内申请退款被拒绝。
beauty|办卡后项目要加钱|refund|1000-5000|refund|理发店推销办了{amt}元的会员卡，第二次去就说卡里的项目都要另外加钱，和办卡时说的完全不一样，要求退卡。
beauty|染发后头皮过敏|compensation|300-1500|compensation|在店里染发后头皮红肿起泡，去医院看病花了{amt}元。染之前店员没有做过敏测试，现在说是我体质问题不负责，要求赔偿医药费。
beauty|祛斑疗程越做越黑|refund,compensation|2980-9800|refund|做了{amt}元的祛斑疗程，做完脸上反而出现一片片色沉，店员之前保证没有副作用，要求退款并赔偿。
beauty|被连续推销被迫刷卡|refund|800-3600|refund|进去只想洗个头，躺在床上被连着推销三个项目，不办就不让走，最后刷了{amt}元。当时是被迫的，要求退款。
beauty|美甲第二天就掉|refund,repair|98-398|repair|美甲做完第二天就掉了好几片，花了{amt}元，店家说只能免费补不能退，可补完又掉了。
beauty|头发剪坏了|refund,apology|88-388|refund|说好只修一点点，结果剪得特别短，和给理发师看的图完全不一样，收了{amt}元，要求退款并道歉。
beauty|护理用了过期面膜|refund,triple_compensation|380-1280|compensation|美容院给我做护理时用的面膜是过期的，我看到了盒子上的日期，这次护理收了{amt}元，要求退款并赔偿。
beauty|换老板后不认旧卡|performance,refund|1000-4800|refund|美容院换了老板，说以前的会员卡不认了，卡里还有{amt}元，要求新老板继续履行或者退钱。
electronics|新手机频繁死机|return_refund|2999-6999|exchange|买的新手机{amt}元，不到一周就频繁死机重启，要求按三包规定退货，店里只同意送修。
electronics|新电脑疑似翻新机|triple_compensation|4999-9999|compensation|新买的笔记本电脑激活后查到保修已经开始半年了，怀疑是翻新机，付了{amt}元，要求退一赔三。
electronics|空调安装另收材料费|refund|300-900|refund|买空调时说包安装，师傅上门又收了{amt}元的铜管和支架费，价目表也没给看，要求退还。
electronics|蓝牙耳机一边没声音|exchange|199-1299|exchange|蓝牙耳机买了{amt}元，右耳没声音，店里说是人为损坏不给换。我拿回家就没摔过，包装都还在。
electronics|电视修了又坏|refund,repair|400-1600|repair|电视送修，说是主板坏了收了{amt}元，拿回来用了两天又坏了，怀疑根本没换主板，要求返修或退费。
electronics|买冰箱赠品不发|performance|500-1500|other|买冰箱时承诺送一台价值{amt}元的微波炉，冰箱到了一个月赠品还没发，客服一直推来推去。
electronics|原装充电器是杂牌|return_refund,triple_compensation|99-299|compensation|买手机时店员推荐的原装充电器{amt}元，结果是杂牌的，充电时烫手，要求退货并赔偿。
electronics|延保不保|refund|299-899|refund|被推销买了{amt}元的延保服务，现在去修说这个问题不在延保范围，购买时根本没有说明，要求退还延保费。
online_shop|特价商品拒绝七天无理由|return_refund|199-899|refund|网上买了一件{amt}元的外套，收到第三天申请七天无理由退货，店家说特价商品不退，商品页面根本没写不支持无理由退货。
online_shop|实木餐桌是颗粒板|return_refund|1299-3999|refund|网店图片和详情页都写实木餐桌，收到是颗粒板贴皮，花了{amt}元，要求退货退款并由商家承担运费。
online_shop|显示发货物流不动|refund|89-699|refund|下单{amt}元的商品显示已发货，物流信息一直不更新，问客服才说仓库缺货，要求直接退款。
online_shop|直播间买到假货|triple_compensation|399-1999|compensation|直播间说是专柜正品，收到后拿去专柜鉴定是假的，化妆品花了{amt}元，要求退一赔三。
online_shop|预售定金不退|refund|50-500|refund|预售付了{amt}元定金，商家单方面把发货时间推迟了一个月，我不想要了，商家说定金一律不退。
online_shop|坚果礼盒发霉|refund,tenfold_compensation|128-398|compensation|网上买的坚果礼盒里好几袋发霉，付了{amt}元，客服让我拍照发过去，然后就再也不回复了。
online_shop|先涨价再打折|compensation|299-899|compensation|大促页面写原价很高，现价{amt}元，我查了历史价格，平时一直就是这个价，这是虚构原价。
online_shop|水果坏了一半|refund|69-199|refund|网上买的一箱水果收到时坏了将近一半，付了{amt}元，商家只肯赔五块钱优惠券。
tourism|旅游团强制购物|refund,compensation|1980-4980|compensation|报了{amt}元的六日游，导游每天带去三个购物店，不买东西就甩脸色，合同里的景点游览时间被缩短了一半。
tourism|四星酒店变快捷酒店|refund|1680-5680|refund|旅游合同写的是四星酒店，实际住的是快捷酒店，团费{amt}元，要求退还住宿差价。
tourism|套票含游船却停运|refund|120-360|refund|在售票处买了{amt}元的套票，说含游船，到了码头说游船停运，也不退差价。
tourism|取消行程扣损失费|refund|300-1500|refund|因为台风旅行社取消了行程，退款时扣了{amt}元的“损失费”，问明细也不给，要求说明并退还。
tourism|民宿与图片严重不符|refund|480-1680|refund|网上订的民宿到了发现和图片严重不符，房间有霉味，床单有污渍，两晚房费{amt}元，要求退款。
tourism|一日游午餐另收钱|refund|60-240|refund|报的一日游说含午餐，结果午餐要另外交钱，一家人多交了{amt}元，要求退还。
tourism|漂流只漂了一半|refund|160-480|refund|漂流因为水位低只漂了一半就让上岸，门票{amt}元一分不退，售票时也没人提醒水位问题。
tourism|游船延误两小时不赔|compensation|150-450|compensation|游船延误了两个多小时，没有任何解释，后面的行程全部耽误，船票{amt}元，要求赔偿。
car_repair|空调不制冷换了压缩机|refund|1800-4800|refund|车子空调不制冷，修理厂说必须换压缩机，收了{amt}元，后来到别的店检查，说原来只是缺冷媒。
car_repair|副厂件按原厂价收|refund,compensation|380-1200|refund|保养时说换的是原厂机油滤芯，发票上写的却是副厂件，收费{amt}元是按原厂件收的。
car_repair|变速箱修完又坏|repair|3000-9000|repair|刚修完变速箱开了两百公里又出现同样的问题，修理费{amt}元，要求免费返修并赔偿打车费。
car_repair|洗车刮花车门|compensation|600-2200|compensation|洗车时车门被刮出一道长痕，店里不承认，说监控坏了，补漆报价{amt}元，要求赔偿。
car_repair|养车卡换老板不能用|refund|1000-3000|refund|在汽车美容店充值了{amt}元，店换了老板后说以前的卡不能用了，要求退还余额。
car_repair|说好三天修了二十天|compensation|500-2000|compensation|车子放修理厂说三天修好，拖了二十多天还没修好，这期间打车花了{amt}元，要求赔偿。
car_repair|没确认就加了项目|refund|400-1600|refund|只让换一个轮胎，结账时多了刹车片和刹车油，一共{amt}元，没有任何人跟我确认过。
car_repair|喷漆色差明显|repair|800-2400|repair|钣金喷漆后颜色和原车明显不一样，花了{amt}元，店里说有色差很正常，要求重新喷漆。
market_stall|活鸡缺斤短两|refund|80-160|refund|在菜市场买了一只鸡，摊主称是四斤，回家一称只有三斤二两，按{amt}元付的钱，要求退差价。
market_stall|疑似注水猪肉|refund,tenfold_compensation|45-120|compensation|买的猪肉下锅一炒出了很多水，怀疑是注水肉，花了{amt}元，已经拍照留存。
market_stall|活虾被调包成死虾|refund|60-180|refund|挑好的活虾称重时被换成了死虾，回家才发现，花了{amt}元，要求退款。
market_stall|电子秤有问题|refund,compensation|30-90|refund|在摊位买菜，到市场公平秤复称少了一斤多，多付了{amt}元，摊主的秤有问题。
market_stall|一箱橙子下面全烂|exchange,refund|60-150|refund|买的一箱橙子上面一层是好的，下面一层全烂了，花了{amt}元，摊主不肯换。
market_stall|卤味有异味|refund,compensation|30-80|refund|熟食摊买的卤味有异味，吃了以后胃疼，花了{amt}元，要求退款。
market_stall|龙井茶以次充好|refund,triple_compensation|600-2400|compensation|茶叶摊买的明前龙井，一斤{amt}元，懂茶的朋友一看说是外地茶冒充的，摊主当时保证是梅家坞本地茶。
market_stall|羊毛大衣其实是涤纶|return_refund,triple_compensation|280-880|refund|服装市场买的外套，摊主说是纯羊毛，吊牌成分写的是涤纶，花了{amt}元，要求退货并赔偿。
`;

/** Filed without a merchant the platform could identify (a stall with no licence, a pedlar). */
export const UNIDENTIFIED = [
  '夜市一个流动摊位买的充电宝，用了两次就鼓包了，摊位没有挂营业执照，摊主也联系不上，花了{amt}元。',
  '小区门口流动卖水果的车，称的重量明显不对，多收了{amt}元，车上没有任何商户信息。',
  '在景区门口被拉去一个没有招牌的小店买了特产，回家发现是过期的，花了{amt}元，只记得大概位置。',
  '地铁口发传单的人推销游泳体验卡，交了{amt}元，说好的场馆根本不认这张卡，也找不到发卡的公司。',
  '朋友圈代购的面霜{amt}元，收到是假货，卖家把我拉黑了，只有一个付款截图。',
  '菜场门口一个无证摊贩卖的土鸡蛋，打开好几个是坏的，花了{amt}元。',
  '路边修车摊补胎，补完没开几公里又漏气，收了{amt}元，摊位没有任何名字。',
  '景区停车场有人自称是导游收了{amt}元讲解费，讲了十分钟就不见了。',
] as const;

/** Cross-border disputes the regulator transfers to a partner consumer council. */
export const CROSS_BORDER = [
  {
    slug: 'xizi',
    text: '跟西子假期的团去香港，导游带去的珠宝店买了{amt}元的金饰，回来检测含金量不足，珠宝店在香港，旅行社说和他们无关。',
  },
  {
    slug: 'xizi',
    text: '旅行社安排的澳门行程里，购物店卖的保健品{amt}元，回来发现没有任何批准文号，店在澳门，旅行社让我自己找店家。',
  },
  {
    slug: 'huanqiu',
    text: '在环球优选买的港版手表{amt}元，说是香港专柜发货，收到没有保修卡，说明书是复印件，客服说商品由香港卖家负责。',
  },
  {
    slug: 'huanqiu',
    text: '跨境网店买的奶粉{amt}元，实际由香港的店铺直接发货，罐底批号被刮掉了，国内客服说只能找香港卖家。',
  },
] as const;

export type Demand = (typeof DEMANDS)[number];
export type OfferKind = 'refund' | 'exchange' | 'repair' | 'compensation' | 'other';

export type ComplaintTemplate = {
  industry: Industry;
  title: string;
  demands: Demand[];
  /** Amount paid, in yuan. */
  min: number;
  max: number;
  offerKind: OfferKind;
  text: string;
};

const OFFER_KINDS: readonly string[] = ['refund', 'exchange', 'repair', 'compensation', 'other'];

function parseTemplate(line: string): ComplaintTemplate {
  const [industry, title, demandList, range, offerKind, text] = line.split('|');
  const [min, max] = (range ?? '').split('-').map(Number);
  const demands = (demandList ?? '').split(',');
  const known = demands.every((d) => (DEMANDS as readonly string[]).includes(d));
  if (!industry || !title || !text || !min || !max || !known || !OFFER_KINDS.includes(offerKind ?? '')) {
    throw new Error(`bad demo complaint line: ${line}`);
  }
  return {
    industry: industry as Industry,
    title,
    demands: demands as Demand[],
    min,
    max,
    offerKind: offerKind as OfferKind,
    text,
  };
}

export const COMPLAINTS: readonly ComplaintTemplate[] = TABLE.trim().split('\n').map(parseTemplate);

export function complaintsFor(industry: Industry): ComplaintTemplate[] {
  return COMPLAINTS.filter((c) => c.industry === industry);
}
