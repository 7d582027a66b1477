// The mediator / regulator workbench's frame: needs a mediator or regulator session, else /login and back.
import { useTranslation } from 'react-i18next';
import { ConsoleLayout } from '../../features/console/ConsoleLayout';

export default function DeskLayout() {
  const { t } = useTranslation();
  return (
    <ConsoleLayout
      title={t('desk.title')}
      admits={(me) => me.kind === 'mediator' || me.kind === 'regulator'}
      nav={[
        { to: '/desk', label: t('desk.queue'), end: true },
        { to: '/desk/stats', label: t('desk.dashboard') },
      ]}
    />
  );
}
