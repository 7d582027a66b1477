// The merchant's commitments: those in force (withdrawn after a confirmation), the history, and signing one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Empty, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Panel } from '../../components/Panel';
import { type Commitment, merchantApi } from '../../features/merchant/api';
import { CommitmentForm } from '../../features/merchant/CommitmentForm';
import { dateTime } from '../../lib/format';
import { pick } from '../../lib/i18n';
import { useMe } from './MerchantLayout';

const STATUS_COLOR = { in_force: 'green', withdrawn: 'default', replaced: 'blue' } as const;

export default function Commitments() {
  const me = useMe();
  const merchantId = me.merchantId!;
  const { t, i18n } = useTranslation('console');
  const lang = i18n.language;
  const qc = useQueryClient();
  const key = ['commitments', merchantId];
  const q = useQuery({ queryKey: key, queryFn: () => merchantApi.commitments(merchantId) });
  const withdraw = useMutation({
    mutationFn: (id: string) => merchantApi.withdraw(merchantId, id),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
  if (q.error) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <Loading />;
  const items = q.data.items;
  const inForce = items.filter((c) => c.status === 'in_force');
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="commitments-page">
      <Panel title={t('commitments.inForce')}>
        <ErrorNotice error={withdraw.error} />
        {inForce.length === 0 ? (
          <Empty description={t('commitments.noneInForce')} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {inForce.map((c) => (
              <div
                key={c.id}
                data-testid="commitment-in-force"
                data-kind={c.kind}
                style={{ display: 'flex', gap: 12, alignItems: 'center', justifyContent: 'space-between' }}
              >
                <div>
                  <strong>{pick(c.title, lang)}</strong>
                  <div>{c.text}</div>
                  <div className="hj-muted">
                    {t('commitments.signedAt')} {dateTime(c.signedAt, lang)}
                  </div>
                </div>
                <ConfirmButton
                  danger
                  size="small"
                  data-testid="withdraw-commitment"
                  loading={withdraw.isPending && withdraw.variables === c.id}
                  question={t('commitments.confirmWithdraw', { title: pick(c.title, lang) })}
                  onConfirm={() => withdraw.mutateAsync(c.id).catch(() => undefined)}
                >
                  {t('commitments.withdraw')}
                </ConfirmButton>
              </div>
            ))}
          </Space>
        )}
      </Panel>
      <CommitmentForm merchantId={merchantId} inForce={inForce.map((c) => c.kind)} />
      <Panel title={t('commitments.history')}>
        <Table<Commitment>
          rowKey="id"
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={items}
          locale={{ emptyText: t('commitments.noHistory') }}
          scroll={{ x: 720 }}
          columns={[
            { title: t('commitments.kind'), render: (_, c) => pick(c.title, lang) },
            { title: '', dataIndex: 'text' },
            {
              title: t('commitments.status'),
              dataIndex: 'status',
              render: (s: Commitment['status']) => <Tag color={STATUS_COLOR[s]}>{t(`commitments.statuses.${s}`)}</Tag>,
            },
            { title: t('commitments.signedAt'), dataIndex: 'signedAt', render: (d: string) => dateTime(d, lang) },
            {
              title: t('commitments.endedAt'),
              dataIndex: 'withdrawnAt',
              render: (d: string | null) => (d ? dateTime(d, lang) : '—'),
            },
          ]}
        />
      </Panel>
    </Space>
  );
}
