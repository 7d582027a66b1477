// The merchant's inbox: open cases sorted by what is due first, with overdue and due-within-24-h counts.
import { useQuery } from '@tanstack/react-query';
import { Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { StatusTag } from '../../features/cases/CaseSummaryCard';
import { useNow } from '../../features/cases/useNow';
import { api } from '../../lib/api';
import { dateTime, duration } from '../../lib/format';
import type { CaseSummary } from '../../lib/types';

const OPEN = [
  'filed',
  'awaiting_response',
  'negotiating',
  'settled',
  'fulfilled',
  'in_mediation',
  'regulator_review',
  'regulator_mediation',
];
const DAY = 24 * 3600_000;

/** Soonest deadline first; cases with no running deadline last, newest first among them. */
export function byDue(a: CaseSummary, b: CaseSummary): number {
  if (a.nextDueAt && b.nextDueAt) return a.nextDueAt.localeCompare(b.nextDueAt);
  if (a.nextDueAt) return -1;
  if (b.nextDueAt) return 1;
  return b.updatedAt.localeCompare(a.updatedAt);
}

export function dueCounts(items: CaseSummary[], now: number): { overdue: number; dueToday: number } {
  let overdue = 0;
  let dueToday = 0;
  for (const c of items) {
    if (!c.nextDueAt) continue;
    const left = new Date(c.nextDueAt).getTime() - now;
    if (left < 0) overdue++;
    else if (left <= DAY) dueToday++;
  }
  return { overdue, dueToday };
}

export default function Inbox() {
  const { t, i18n } = useTranslation();
  const now = useNow(30_000);
  const q = useQuery({
    queryKey: ['cases', 'open'],
    queryFn: () => api.listCases({ status: OPEN.join(','), limit: 200 }),
    refetchInterval: 30_000,
  });
  if (q.error) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  const items = [...(q.data?.items ?? [])].sort(byDue);
  const counts = dueCounts(items, now);
  const days = (n: number) => t('deadline.days', { count: n });
  return (
    <>
      <div className="hj-stats">
        <Panel>
          <Statistic
            title={t('merchant.overdue')}
            value={counts.overdue}
            styles={{ content: { color: counts.overdue ? '#cf1322' : undefined } }}
          />
        </Panel>
        <Panel>
          <Statistic
            title={t('merchant.dueToday')}
            value={counts.dueToday}
            styles={{ content: { color: counts.dueToday ? '#d46b08' : undefined } }}
          />
        </Panel>
        <Panel>
          <Statistic title={t('merchant.open')} value={items.length} />
        </Panel>
      </div>
      <Table<CaseSummary>
        rowKey="id"
        size="middle"
        loading={q.isPending}
        dataSource={items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('merchant.empty') }}
        scroll={{ x: 640 }}
        columns={[
          {
            title: t('caseView.number'),
            dataIndex: 'number',
            render: (_, c) => <Link to={`/m/cases/${c.id}`}>{c.number}</Link>,
          },
          { title: t('merchant.title'), dataIndex: 'title', ellipsis: true },
          { title: t('merchant.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
          {
            title: t('merchant.due'),
            dataIndex: 'nextDueAt',
            render: (d: string | null) => {
              if (!d) return <span className="hj-muted">—</span>;
              const left = new Date(d).getTime() - now;
              return (
                <span>
                  <Tag color={left < 0 ? 'red' : left <= DAY ? 'orange' : 'blue'}>
                    {left < 0
                      ? t('deadline.overdue', { time: duration(left, days) })
                      : t('deadline.remaining', { time: duration(left, days) })}
                  </Tag>
                  <span className="hj-muted">{dateTime(d, i18n.language)}</span>
                </span>
              );
            },
          },
        ]}
      />
    </>
  );
}
