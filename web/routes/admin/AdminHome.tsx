// The administration console at /admin/*: its frame (platform admin or a region's regulator, else /login) and
// its own routes. A platform admin sees every region and the payment institutions; a regulator goes straight
// to their region, where the API lets them configure it and manage its organisations, staff and merchants.
import { useQuery } from '@tanstack/react-query';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { ConsoleLayout, useMe } from '../../features/console/ConsoleLayout';
import { api } from '../../lib/api';
import Districts from './Districts';
import Institution from './Institution';
import Institutions from './Institutions';
import MerchantImport from './MerchantImport';
import MerchantPage from './MerchantPage';
import Merchants from './Merchants';
import Orgs from './Orgs';
import RegionLayout from './RegionLayout';
import Regions from './Regions';
import Settings from './Settings';
import Staff from './Staff';

function AdminIndex() {
  const me = useMe();
  if (me.kind === 'regulator' && me.region) return <Navigate to={`/admin/regions/${me.region.code}`} replace />;
  return <Navigate to="/admin/regions" replace />;
}

function Missing() {
  const { t } = useTranslation('admin');
  return <Result status="404" title={t('common.notFound')} />;
}

export default function AdminHome() {
  const { t } = useTranslation('admin');
  // The same query as the frame's (cached): the navigation depends on who is signed in.
  const me = useQuery({ queryKey: ['me'], queryFn: api.me, retry: false });
  const region = me.data?.kind === 'regulator' ? me.data.region : null;
  const nav = region
    ? [{ to: `/admin/regions/${region.code}`, label: region.name }]
    : [
        { to: '/admin/regions', label: t('nav.regions') },
        { to: '/admin/institutions', label: t('nav.institutions') },
      ];
  return (
    <Routes>
      <Route
        element={
          <ConsoleLayout
            title={t('title')}
            admits={(m) => m.kind === 'platform_admin' || m.kind === 'regulator'}
            nav={nav}
          />
        }
      >
        <Route index element={<AdminIndex />} />
        <Route path="regions" element={<Regions />} />
        <Route path="regions/:code" element={<RegionLayout />}>
          <Route index element={<Districts />} />
          <Route path="settings" element={<Settings />} />
          <Route path="orgs" element={<Orgs />} />
          <Route path="staff" element={<Staff />} />
          <Route path="merchants" element={<Merchants />} />
          <Route path="merchants/import" element={<MerchantImport />} />
          <Route path="merchants/:id" element={<MerchantPage />} />
        </Route>
        <Route path="institutions" element={<Institutions />} />
        <Route path="institutions/:id" element={<Institution />} />
        <Route path="*" element={<Missing />} />
      </Route>
    </Routes>
  );
}
