// The admin pages' texts (namespace "admin"), loaded with those pages. en.ts and zh-HK.ts have the same keys.
const admin = {
  title: '平台管理',
  soon: '管理功能正在建设中：地区、期限、组织、商家与支付机构。',
};
export type AdminMessages = typeof admin;
export default admin;
