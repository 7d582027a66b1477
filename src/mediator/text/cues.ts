// Cue lexicons for fact extraction. A cue counts unless a negation sits right before it (没有受伤 is not an
// injury), so every lookup goes through `hasCue`.

/** A cue list written as one space-separated string (keeps long lexicons readable and short). */
function words(s: string): readonly string[] {
  return s.split(' ');
}

const NEGATION = /(没有|没|未|无|不是|并非|不)$/;

/** The first index of a non-negated cue, or -1. */
export function findCue(text: string, cues: readonly string[]): number {
  let best = -1;
  for (const cue of cues) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(cue, from);
      if (i < 0) break;
      if (!NEGATION.test(text.slice(Math.max(0, i - 2), i))) {
        if (best < 0 || i < best) best = i;
        break;
      }
      from = i + cue.length;
    }
  }
  return best;
}

export function hasCue(text: string, cues: readonly string[]): boolean {
  return findCue(text, cues) >= 0;
}

export function countCues(text: string, cues: readonly string[]): number {
  let n = 0;
  for (const cue of cues) if (text.includes(cue)) n++;
  return n;
}

export const CHANNEL_CUES = {
  live_stream: words('直播 主播 直播间 带货 连麦'),
  online: words(
    '网购 网上 网店 淘宝 天猫 京东 拼多多 唯品会 闲鱼 抖音 快手 小红书 美团 饿了么 外卖 旗舰店 官网 小程序 APP app 快递 物流 下单 拍下 包邮 网页 电商 店铺 链接 在线客服 平台 签收 发货 网络 详情页 页面 网站 商品页',
  ),
  offline: words(
    '实体店 门店 商场 超市 店里 专卖店 营业厅 柜台 到店 菜市场 市场 店员 现场 线下 便利店 商店 餐厅 饭店 健身房 理发店 4S店 收银 导购 摊位 摊主 店内 专柜 柜位 书店 文具店 眼镜店 家具店 百货 药店 药房 服装店 鞋店 电器城 灯具城 家居城 卖场 档口',
  ),
} as const;

/** Goods or service types; the first matching entry wins, so more specific entries come first. */
export const GOODS_TYPES: readonly {
  type: string;
  kind: 'goods' | 'service';
  durable?: boolean;
  cues: readonly string[];
}[] = [
  {
    type: 'car',
    kind: 'goods',
    durable: true,
    cues: words('汽车 新车 4S店 提车 轿车 SUV 发动机 变速箱 电动车主 新能源车 车子 这辆车 买车 购车'),
  },
  { type: 'phone', kind: 'goods', durable: true, cues: words('手机 iPhone 华为 小米 OPPO vivo 荣耀') },
  { type: 'computer', kind: 'goods', durable: true, cues: words('电脑 笔记本 平板 iPad 显示器 主机') },
  {
    type: 'appliance',
    kind: 'goods',
    durable: true,
    cues: words(
      '冰箱 洗衣机 空调 电视 热水器 油烟机 微波炉 烤箱 洗碗机 电饭煲 吸尘器 扫地机 净水器 燃气灶 家电 电器 空气净化器 吹风机 电动牙刷',
    ),
  },
  { type: 'furniture', kind: 'goods', durable: true, cues: words('沙发 床垫 衣柜 家具 餐桌 椅子 橱柜') },
  { type: 'fitness', kind: 'service', cues: words('健身 瑜伽 游泳卡 私教 健身房') },
  {
    type: 'education',
    kind: 'service',
    cues: words('培训 课程 课时 辅导班 学费 网课 早教 驾校 英语班 机构'),
  },
  {
    type: 'beauty',
    kind: 'service',
    cues: words('美容 美发 理发 烫发 染发 美甲 医美 护肤疗程 SPA 按摩 足疗 发廊'),
  },
  {
    type: 'catering',
    kind: 'service',
    cues: words('餐厅 饭店 火锅 外卖 饭馆 奶茶 咖啡店 小吃 烧烤 酒楼 聚餐'),
  },
  { type: 'travel', kind: 'service', cues: words('旅行社 旅游 跟团 导游 酒店 民宿 机票 景区') },
  { type: 'telecom', kind: 'service', cues: words('宽带 话费 流量 套餐 营业厅 运营商') },
  { type: 'housing', kind: 'service', cues: words('装修 物业 中介 租房 房东 家政 保洁 搬家') },
  { type: 'repair_service', kind: 'service', cues: words('维修店 修理店 上门维修 维修师傅 洗车 保养') },
  {
    type: 'food',
    kind: 'goods',
    cues: words(
      '食品 零食 牛奶 奶粉 饮料 蛋糕 面包 月饼 水果 肉 海鲜 酒 茶叶 罐头 方便面 饼干 巧克力 坚果 大米 食用油 鸡蛋 保健品',
    ),
  },
  {
    type: 'clothing',
    kind: 'goods',
    cues: words('衣服 裤子 裙子 外套 羽绒服 T恤 衬衫 鞋 帽子 袜子 内衣 大衣 毛衣'),
  },
  { type: 'cosmetics', kind: 'goods', cues: words('化妆品 口红 面霜 精华 面膜 香水 护肤品 粉底') },
  { type: 'jewelry', kind: 'goods', cues: words('金店 黄金 首饰 项链 戒指 手镯 玉 钻石 手表') },
  { type: 'luggage', kind: 'goods', cues: words('包包 箱包 行李箱 背包 钱包') },
];

export const FOOD_CUES = words(
  '食品 吃 喝 饮料 零食 奶粉 过期 变质 发霉 外卖 餐厅 饭店 蛋糕 牛奶 月饼 保质期 生产日期 异物 头发丝 虫子 苍蝇 蟑螂 食物中毒 拉肚子 腹泻 菜里 饭里 汤里 肉 海鲜 水果 面包 酒 保健品 食用 口感 馊 霉',
);
export const PREPAID_CUES = words(
  '预付卡 会员卡 储值卡 充值 充了 办卡 办了卡 年卡 次卡 季卡 月卡 课时 预存 余额 课程包 健身卡 储值 预付款 预交 会员费 美容卡 理发卡 洗车卡 办了张卡',
);
export const CAR_CUES = words(
  '汽车 新车 4S店 提车 轿车 发动机 变速箱 变速器 买车 购车 这辆车 车辆 动力电池 三包凭证 行驶里程 公里',
);
export const WARRANTY_IN = words(
  '保修期内 三包期内 质保期内 在保修期 保修期还没过 还在保修 包修期内 三包有效期内 质保期还没过 还在质保 在三包期',
);
export const WARRANTY_OUT = words('过保 超过保修期 保修期已过 保修期过了 过了保修期 出了保修期 质保期已过 过了质保');
export const INJURY_CUES = words(
  '受伤 划伤 烫伤 烧伤 割伤 摔伤 砸伤 住院 医院 就医 看病 急诊 拉肚子 腹泻 呕吐 上吐下泻 中毒 过敏 骨折 流血 医药费 医疗费 红肿 起疹子 发烧 送医 伤口 疼痛 肚子疼 吐了 头晕 出血 出了血 水泡 化脓 淤青 挫伤 崩掉 补牙 肿了 拉了',
);
export const SHOP_CLOSED_CUES = words(
  '跑路 关门 倒闭 人去楼空 停业 闭店 联系不上老板 卷款 卷钱 搬走了 找不到人 转让了 门店关了 店没了',
);
export const FRAUD_CUES = words(
  '欺诈 骗 假货 虚假宣传 翻新机 翻新 以次充好 冒充 山寨 高仿 假冒 退一赔三 三倍赔偿 假一赔 虚假 夸大 宣传的 承诺的效果 不是正品 非正品 二手 套路 诱导 忽悠 谎称',
);
export const OPENED_CUES = words('拆封 拆开 拆了 用过 穿过 试穿 试用 激活 洗过 戴过 使用过');
export const CUSTOM_CUES = words('定制 定做 刻字 私人订制 量身');
export const PERISHABLE_CUES = words('鲜花 生鲜 水果 海鲜 活鱼 蔬菜 鲜肉 蛋糕');
export const DIGITAL_CUES = words('软件 游戏 激活码 兑换码 下载 音像 光盘 电子书 会员充值 虚拟');
export const LABEL_DEFECT_CUES = words('标签 说明书 包装上的字 错别字 印刷');
export const SAFETY_CUES = words(
  '过期 变质 发霉 异物 虫 中毒 不符合食品安全标准 拉肚子 腹泻 添加 超标 三无 无生产日期 没有生产日期 假',
);
