// One region's pages: its name, a sub-navigation, and the page; the pages read the region from the context.
import { useQuery } from '@tanstack/react-query';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useOutletContext, useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { adminApi, type Region } from '../../features/admin/adminApi';
import { useMe } from '../../features/console/ConsoleLayout';
import type { Me } from '../../lib/types';

export type RegionCtx = {
  me: Me;
  region: Region;
  /** The platform admin, or a regulator of this region: the API lets them configure it. */
  manages: boolean;
};
export function useRegion(): RegionCtx {
  return useOutletContext<RegionCtx>();
}

const PAGES = ['', 'settings', 'orgs', 'staff', 'merchants', 'merchants/import'] as const;
const LABELS: Record<(typeof PAGES)[number], string> = {
  '': 'region.districts',
  settings: 'region.settings',
  orgs: 'region.orgs',
  staff: 'region.staff',
  merchants: 'region.merchants',
  'merchants/import': 'region.import',
};

export default function RegionLayout() {
  const { t } = useTranslation('admin');
  const me = useMe();
  const { code = '' } = useParams();
  const loc = useLocation();
  const q = useQuery({ queryKey: ['admin', 'region', code], queryFn: () => adminApi.region(code) });
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  const base = `/admin/regions/${q.data.code}`;
  const rest = loc.pathname.slice(base.length).replace(/^\//, '');
  const selected = rest === 'merchants/import' ? rest : rest.startsWith('merchants') ? 'merchants' : rest;
  const manages = me.kind === 'platform_admin' || (me.kind === 'regulator' && me.region?.id === q.data.id);
  return (
    <div>
      <h2 style={{ margin: '0 0 8px' }} data-testid="region-title">
        {q.data.name} <span className="hj-muted">{q.data.code}</span>
      </h2>
      <Menu
        mode="horizontal"
        selectedKeys={[selected]}
        style={{ marginBottom: 16 }}
        items={PAGES.map((p) => ({
          key: p,
          label: <Link to={p ? `${base}/${p}` : base}>{t(LABELS[p])}</Link>,
        }))}
      />
      <Outlet context={{ me, region: q.data, manages } satisfies RegionCtx} />
    </div>
  );
}
