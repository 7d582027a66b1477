// Staff sign-in (/login): the session is a cookie; afterwards each role goes to its own console.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Panel } from '../components/Panel';
import { api } from '../lib/api';
import { errorText } from '../lib/errors';
import type { Me } from '../lib/types';

export function homeOf(me: Me): string {
  switch (me.kind) {
    case 'merchant_staff':
      return '/m';
    case 'mediator':
    case 'regulator':
      return '/desk';
    case 'platform_admin':
      return '/admin';
    default:
      return '/';
  }
}

export default function Login() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [sp] = useSearchParams();
  const qc = useQueryClient();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="hj-center">
      <Panel title={t('login.title')} extra={<LanguageSwitch />} style={{ width: 360, maxWidth: '100%' }}>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            setError(null);
            setBusy(true);
            try {
              const me = await api.login(login.trim(), password);
              qc.setQueryData(['me'], me);
              const next = sp.get('next');
              navigate(next?.startsWith('/') && !next.startsWith('//') ? next : homeOf(me), { replace: true });
            } catch (err) {
              setError(errorText(err, t, i18n.language));
            } finally {
              setBusy(false);
            }
          }}
        >
          <label htmlFor="login" className="hj-label">
            {t('login.login')}
          </label>
          <Input id="login" autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} />
          <label htmlFor="password" className="hj-label">
            {t('login.password')}
          </label>
          <Input.Password
            id="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          {error ? <Alert style={{ marginTop: 12 }} type="error" showIcon title={error} role="alert" /> : null}
          <Button style={{ marginTop: 16 }} type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </form>
      </Panel>
    </div>
  );
}
