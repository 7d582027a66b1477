import type { AdminMessages } from './zh-CN';

const admin: AdminMessages = {
  title: 'Administration',
  soon: 'Administration is being built: regions, deadlines, organisations, merchants and payment institutions.',
};
export default admin;
