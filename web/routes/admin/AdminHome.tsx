import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder: regions, deadlines, organisations, merchants (import), institutions and keys come next. */
export default function AdminHome() {
  const { t } = useTranslation('admin');
  return <Result status="info" title={t('title')} subTitle={t('soon')} />;
}
