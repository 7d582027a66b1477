// What the parties say to each other in the demo cases, written for this demo. Each list is drawn from
// at random (seeded), so the same kind of step reads differently from case to case.

export const MERCHANT_FIRST_REPLY = [
  '您好，已收到您的反馈，给您带来不便非常抱歉，我们正在核实情况，今天之内给您答复。',
  '您好，店长已经在了解当时的情况，请稍等，我们会尽快给您处理方案。',
  '非常抱歉！这件事我们很重视，已经调取了当天的记录，马上联系您。',
  '您好，收到投诉。我们先核对一下订单信息，核实后按规定给您处理。',
  '您好，我是店里的负责人，您说的问题我们查到了，确实是我们的疏忽。',
  '收到，感谢您指出问题。我们内部先查一下，晚些时候给您一个处理意见。',
] as const;

export const MERCHANT_QUESTION = [
  '麻烦您提供一下付款记录或者小票照片，方便我们核对订单。',
  '请问您方便发一下商品和包装的照片吗？我们需要确认批次。',
  '想跟您确认一下具体是哪一天、哪个时间段消费的？我们好调监控。',
  '请问您的会员卡号或者合同编号是多少？系统里按手机号没有查到。',
] as const;

export const MEDIATOR_QUESTION = [
  '您好，我是调解员。请补充一下与商家沟通的聊天记录截图，以便了解双方的分歧。',
  '请您说明一下最低能接受的处理方案，我们好和商家沟通。',
] as const;

export const REGULATOR_QUESTION = [
  '根据《市场监督管理投诉举报处理暂行办法》，请补充提供购买凭证和您的联系地址，以便决定是否受理。',
  '请补充说明投诉所涉交易的时间和地点，并提供支付记录。',
] as const;

export const CONSUMER_ANSWER = [
  '已经上传了付款截图，是那天晚上七点多付的。',
  '照片已经发了，包装和小票都还留着。',
  '合同编号在合同第一页右上角，我拍照发给你们了。',
  '是上周六下午去的，大概三点左右。',
] as const;

export const CONSUMER_NUDGE = [
  '已经过去好几个小时了，麻烦尽快回复一下。',
  '补充一下：当时店里其他顾客也看到了，可以作证。',
  '请商家尽快处理，我明天还要上班，没时间一直跑。',
] as const;

export const MERCHANT_OFFER_MESSAGE = {
  low: [
    '我们愿意退还一部分费用，并送您一张下次可用的优惠券，希望您能谅解。',
    '按店里规定只能部分退款，这是我们能给出的最大诚意。',
  ],
  mid: ['我们退还大部分费用，另外向您郑重道歉。', '经过核实，我们同意退还主要费用，请您确认。'],
  full: ['经核实是我们的问题，全额退还并向您道歉，钱款原路退回。', '按照您的要求全额处理，再次向您表示歉意。'],
} as const;

export const CONSUMER_REJECT = [
  '这个方案我不能接受，和我的实际损失差太多了。',
  '只退一部分不合理，问题明明出在你们这边。',
  '优惠券我用不上，我要的是退款。',
  '按照法律规定不止这些，请重新考虑。',
] as const;

export const CONSUMER_COUNTER = [
  '我的要求是按实际支付金额全额退还，这是我的方案。',
  '退全款就可以，其他的我不追究了。',
] as const;

export const CONSUMER_ACCEPT_NOTE = ['可以，接受这个方案。', '好的，尽快退款就行。', '同意，谢谢处理。'] as const;

export const RATING_COMMENT: Record<number, readonly string[]> = {
  5: ['处理很快，商家态度也好，点赞。', '当天就退款了，比想象中顺利。', '调解员很耐心，问题解决了，谢谢！'],
  4: ['总体满意，就是一开始回复慢了点。', '问题解决了，过程有点曲折。'],
  3: ['钱是退了，但是商家态度一般。', '拖了好几天才解决。'],
  2: ['勉强接受，体验不好。'],
  1: ['虽然结案了，但我觉得处理得不公平。'],
};

export const WITHDRAW_REASON = [
  '商家已经私下联系我退款了，撤回投诉。',
  '和店家当面协商好了，不需要平台处理了。',
  '我搞错了商家，撤回这条投诉。',
  '金额不大，不想再花时间了。',
] as const;

export const ESCALATE_REASON = [
  '商家一直不肯给合理方案，申请调解组织介入。',
  '协商不成，希望第三方来调解。',
  '商家答应的退款到现在还没到账，申请调解。',
] as const;

export const MEDIATOR_MESSAGE = [
  '双方好，我是本案调解员，已经看过投诉材料和双方的沟通记录，接下来由我来协调。',
  '商家您好，请在两天内提供当天的交易记录和处理意见，我们安排双方调解。',
  '消费者您好，已联系上商家负责人，对方同意协商，请保持电话畅通。',
] as const;

export const MEDIATOR_PROPOSAL = [
  '根据双方陈述和消费者权益保护法的相关规定，建议按以下方案和解。',
  '综合考虑双方责任，调解员建议如下，请双方确认。',
] as const;

export const AGREEMENT_NOTE = [
  '经调解，双方自愿达成和解，商家按约定退款并致歉。',
  '双方在调解员主持下达成一致，商家三日内履行。',
  '经行政调解，双方达成调解协议，商家当场承诺履行。',
] as const;

export const FAILURE_NOTE = [
  '商家拒不参加调解，调解终止，转市场监管部门处理。',
  '双方分歧较大，经两次调解未能达成一致。',
  '商家联系不上，无法组织调解。',
] as const;

export const REGULATOR_MESSAGE = [
  '本局已受理您的投诉，将组织双方进行行政调解，请双方按通知时间到场或线上参加。',
  '已通知商家在规定期限内提交书面说明和相关证据。',
] as const;

export const DECLINE_REASON = [
  '经审查，该纠纷已由人民法院受理，依据第十五条不予受理。',
  '投诉事项不属于市场监督管理部门职责范围，建议向相关部门反映。',
  '投诉人未能提供与被投诉人存在消费关系的证据，不予受理。',
] as const;

export const REFER_NOTE = {
  arbitration: '双方同意提交仲裁，已告知消费者仲裁途径。',
  court: '调解不成，告知消费者可依法向人民法院提起诉讼。',
  formal_complaint: '涉嫌违法经营，转为正式投诉举报，由执法部门依法调查。',
} as const;

export const DUPLICATE_NOTE = '与同一消费者此前提交的投诉重复，已合并处理。';
export const OUT_OF_SCOPE_NOTE = [
  '经核实为个人之间的二手交易，不属于消费纠纷调解范围。',
  '投诉对象为个人闲置转让，非经营者，不予处理。',
] as const;

export const TRANSFER_NOTE = '经营者在境外，依跨境消费维权合作机制移交合作组织处理。';

export const CROSS_BORDER_MERCHANT_REPLY =
  '该商品由境外合作商家销售并发货，我们已把您的诉求转达对方，也会配合提供订单信息。';
