// The merchant console's frame: needs a merchant staff session, else goes to /login and back.
import { useTranslation } from 'react-i18next';
import { ConsoleLayout } from '../../features/console/ConsoleLayout';

export { useMe } from '../../features/console/ConsoleLayout';

export default function MerchantLayout() {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('console');
  return (
    <ConsoleLayout
      title={t('merchant.console')}
      admits={(me) => me.kind === 'merchant_staff' && !!me.merchantId}
      nav={[
        { to: '/m', label: t('merchant.inbox'), end: true },
        { to: '/m/policies', label: t('merchant.policies') },
        { to: '/m/stores', label: tc('nav.stores') },
        { to: '/m/commitments', label: tc('nav.commitments') },
        { to: '/m/figures', label: tc('nav.figures') },
      ]}
    />
  );
}
