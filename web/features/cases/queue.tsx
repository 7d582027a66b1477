// A staff queue of cases (merchant inbox, mediator / regulator workbench): sorted by what is due first, with
// overdue and due-within-24-h counts and a table whose due column counts down.
import { Statistic, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../../components/Panel';
import { dateTime, duration } from '../../lib/format';
import type { CaseSummary } from '../../lib/types';
import { StatusTag } from './CaseSummaryCard';

/** Every status in which a case is still being handled. */
export const OPEN_STATUSES = [
  'filed',
  'awaiting_response',
  'negotiating',
  'settled',
  'fulfilled',
  'in_mediation',
  'regulator_review',
  'regulator_mediation',
] as const;
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

/** Overdue, due within 24 h, and how many cases the queue holds. */
export function DueStats({ items, now }: { items: CaseSummary[]; now: number }) {
  const { t } = useTranslation();
  const counts = dueCounts(items, now);
  return (
    <div className="hj-stats">
      <Panel>
        <Statistic
          title={t('merchant.overdue')}
          value={counts.overdue}
          styles={{ content: { color: counts.overdue ? '#cf1322' : undefined } }}
          data-testid="count-overdue"
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
  );
}

/** The queue's table; `href` links a case's number to its page, `extra` adds columns after the status. */
export function CaseQueueTable({
  items,
  now,
  loading,
  href,
  extra = [],
  empty,
}: {
  items: CaseSummary[];
  now: number;
  loading: boolean;
  href: (c: CaseSummary) => string;
  extra?: ColumnsType<CaseSummary>;
  empty?: string;
}) {
  const { t, i18n } = useTranslation();
  const days = (n: number) => t('deadline.days', { count: n });
  return (
    <Table<CaseSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: empty ?? t('merchant.empty') }}
      scroll={{ x: 640 }}
      onRow={(c) => ({ 'data-testid': 'queue-row', 'data-status': c.status }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('caseView.number'),
          dataIndex: 'number',
          render: (_, c) => <Link to={href(c)}>{c.number}</Link>,
        },
        { title: t('merchant.title'), dataIndex: 'title', ellipsis: true },
        { title: t('merchant.status'), dataIndex: 'status', render: (s: string) => <StatusTag status={s} /> },
        ...extra,
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
  );
}
