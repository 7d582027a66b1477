// The merchant console's frame: needs a merchant staff session, else goes to /login and back.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate, useOutletContext } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Loading } from '../../components/Loading';
import { ApiError, api } from '../../lib/api';
import type { Me } from '../../lib/types';

export function useMe(): Me {
  return useOutletContext<Me>();
}

export default function MerchantLayout() {
  const { t } = useTranslation();
  const loc = useLocation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const me = useQuery({ queryKey: ['me'], queryFn: api.me, retry: false });
  if (me.isPending) return <Loading />;
  const signedOut =
    (me.error instanceof ApiError && me.error.status === 401) ||
    (me.data && me.data.kind === 'consumer' && !me.data.id);
  if (signedOut) return <Navigate to={`/login?next=${encodeURIComponent(loc.pathname)}`} replace />;
  if (me.error) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />;
  if (me.data.kind !== 'merchant_staff' || !me.data.merchantId) {
    return <Result status="403" title={t('login.wrongRole')} extra={<Link to="/login">{t('home.signIn')}</Link>} />;
  }
  return (
    <div className="hj-console">
      <header className="hj-console-header">
        <span className="hj-brand">
          {t('app.name')} · {t('merchant.console')}
        </span>
        <nav>
          <NavLink to="/m" end>
            {t('merchant.inbox')}
          </NavLink>
          <NavLink to="/m/policies">{t('merchant.policies')}</NavLink>
        </nav>
        <span className="hj-spacer" />
        <span className="hj-muted">{me.data.displayName}</span>
        <LanguageSwitch />
        <Button
          size="small"
          onClick={async () => {
            await api.logout().catch(() => undefined);
            qc.clear();
            navigate('/login');
          }}
        >
          {t('common.signOut')}
        </Button>
      </header>
      <main className="hj-console-main">
        <Outlet context={me.data} />
      </main>
    </div>
  );
}
