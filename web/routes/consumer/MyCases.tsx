// "My cases": for a consumer signed in with their phone, every case filed with that phone; on any device, the
// cases whose links were opened here (no sign-in needed).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Empty, List, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Panel } from '../../components/Panel';
import { ApiError, api } from '../../lib/api';
import { forgetCase, savedCases } from '../../lib/caseTokens';
import { dateTime } from '../../lib/format';
import { PhoneSignIn } from './PhoneSignIn';

/** The signed-in consumer, or null when nobody (or only a staff member) is signed in. */
function useConsumer() {
  return useQuery({
    // Not ['me']: the consoles keep the staff member there; this is the consumer or nobody.
    queryKey: ['me', 'consumer'],
    queryFn: async () => {
      try {
        const me = await api.me();
        return me.kind === 'consumer' && me.id ? me : null;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

const useAccountCases = (signedIn: boolean) =>
  useQuery({ queryKey: ['my-cases'], queryFn: () => api.listCases({ limit: 100 }), enabled: signedIn });

function AccountCases({ q }: { q: ReturnType<typeof useAccountCases> }) {
  const { t, i18n } = useTranslation();
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  if (q.data.items.length === 0) return <Empty description={t('myCases.emptyAccount')} />;
  const tokens = new Map(savedCases().map((c) => [c.id, c.token]));
  return (
    <List
      data-testid="account-cases"
      dataSource={q.data.items}
      renderItem={(c) => {
        const token = tokens.get(c.id);
        return (
          <List.Item extra={<Tag color={c.waitingOnConsumer ? 'orange' : undefined}>{t(`status.${c.status}`)}</Tag>}>
            <List.Item.Meta
              title={<Link to={`/c/${c.id}${token ? `#${token}` : ''}`}>{c.title || c.number}</Link>}
              description={`${c.number} · ${c.merchant?.name ?? ''} · ${dateTime(c.filedAt, i18n.language)}`}
            />
          </List.Item>
        );
      }}
    />
  );
}

function DeviceCases({ exclude }: { exclude: ReadonlySet<string> }) {
  const { t, i18n } = useTranslation();
  const [list, setList] = useState(savedCases);
  const shown = list.filter((c) => !exclude.has(c.id));
  if (shown.length === 0) return exclude.size > 0 ? null : <Empty description={t('myCases.empty')} />;
  return (
    <List
      data-testid="device-cases"
      dataSource={shown}
      renderItem={(c) => (
        <List.Item
          actions={[
            <Button
              key="forget"
              type="link"
              size="small"
              onClick={() => {
                forgetCase(c.id);
                setList(savedCases());
              }}
            >
              {t('myCases.forget')}
            </Button>,
          ]}
        >
          <List.Item.Meta
            title={<Link to={`/c/${c.id}#${c.token}`}>{c.title || c.number || c.id.slice(0, 8)}</Link>}
            description={`${c.number ?? ''} · ${dateTime(c.savedAt, i18n.language)}`}
          />
        </List.Item>
      )}
    />
  );
}

export default function MyCases() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const me = useConsumer();
  const cases = useAccountCases(Boolean(me.data));
  const inAccount = new Set(me.data ? (cases.data?.items ?? []).map((c) => c.id) : []);
  return (
    <>
      {me.data ? (
        <Panel
          title={t('myCases.inAccount')}
          extra={
            <span className="hj-muted">
              {t('myCases.signedInAs', { phone: me.data.phoneMasked })}{' '}
              <Button
                type="link"
                size="small"
                onClick={async () => {
                  await api.logout().catch(() => undefined);
                  // Nothing of the account stays in memory on a shared phone: cases, photos, who was signed in.
                  client.clear();
                }}
              >
                {t('myCases.signOut')}
              </Button>
            </span>
          }
        >
          <AccountCases q={cases} />
        </Panel>
      ) : me.isPending ? (
        <Loading />
      ) : (
        <Panel title={t('myCases.signInTitle')}>
          {me.error ? <ErrorNotice error={me.error} onRetry={() => void me.refetch()} /> : null}
          <PhoneSignIn
            onSignedIn={(signedIn) => {
              client.setQueryData(['me', 'consumer'], signedIn);
              void client.invalidateQueries({ queryKey: ['my-cases'] });
            }}
          />
        </Panel>
      )}
      <Panel title={t('myCases.onThisDevice')}>
        <DeviceCases exclude={inAccount} />
      </Panel>
    </>
  );
}
