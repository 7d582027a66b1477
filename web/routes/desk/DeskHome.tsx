import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Placeholder: the mediator / regulator workbench (queues, assignment, outcomes, ECharts dashboard) comes next. */
export default function DeskHome() {
  const { t } = useTranslation();
  return <Result status="info" title={t('desk.title')} subTitle={t('desk.soon')} />;
}
