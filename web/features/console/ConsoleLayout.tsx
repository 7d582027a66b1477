// A staff console's frame (merchant console, mediator / regulator workbench): needs a session of one of
// `kinds`, else goes to /login and back; the header has the console's navigation, the user and sign-out.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate, useOutletContext } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Loading } from '../../components/Loading';
import { ApiError, api } from '../../lib/api';
import type { Me } from '../../lib/types';

/** The signed-in staff member, inside a console's pages. */
export function useMe(): Me {
  return useOutletContext<Me>();
}

export function ConsoleLayout({
  title,
  nav,
  admits,
}: {
  title: string;
  nav: { to: string; label: ReactNode; end?: boolean }[];
  /** Whether this session may use the console. */
  admits: (me: Me) => boolean;
}) {
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
  if (!admits(me.data)) {
    return <Result status="403" title={t('login.wrongRole')} extra={<Link to="/login">{t('home.signIn')}</Link>} />;
  }
  return (
    <div className="hj-console">
      <header className="hj-console-header">
        <span className="hj-brand">
          {t('app.name')} · {title}
        </span>
        <nav>
          {nav.map((n) => (
            <NavLink key={n.to} to={n.to} end={n.end}>
              {n.label}
            </NavLink>
          ))}
        </nav>
        <span className="hj-spacer" />
        <span className="hj-muted" data-testid="me">
          {me.data.displayName}
        </span>
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
