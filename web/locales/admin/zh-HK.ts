import type { AdminMessages } from './zh-CN';

const admin: AdminMessages = {
  title: '平台管理',
  soon: '管理功能建設中：地區、期限、組織、商戶與支付機構。',
};
export default admin;
