// The workbench queue: the cases of the staff member's organisation (a regulator: the region's, or one
// organisation's), filtered by tier, status and assignee, sorted by what is due first, with overdue and
// due-within-24-h counts (the merchant inbox's pieces).
import { useQuery } from '@tanstack/react-query';
import { Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { byDue, CaseQueueTable, DueStats, OPEN_STATUSES } from '../../features/cases/queue';
import { useNow } from '../../features/cases/useNow';
import { useMe } from '../../features/console/ConsoleLayout';
import { api } from '../../lib/api';
import type { CaseSummary } from '../../lib/types';

const TIERS = ['mediation', 'regulator'] as const;
const STAFF_STATUSES = ['in_mediation', 'regulator_review', 'regulator_mediation', 'settled', 'fulfilled'] as const;
const CLOSED_STATUSES = ['closed', 'referred', 'rejected', 'transferred', 'withdrawn'] as const;

export default function DeskQueue() {
  const { t } = useTranslation();
  const now = useNow(30_000);
  // Filters live in the URL, so a reload or a link keeps them.
  const [sp, setSp] = useSearchParams();
  const tier = sp.get('tier') ?? '';
  const status = sp.get('status') ?? '';
  const assignee = sp.get('assignee') ?? '';
  const orgId = sp.get('org') ?? '';
  const me = useMe();
  const regionCode = me.region?.code ?? '';
  // A regulator sees the whole region, so may narrow the queue to one organisation.
  const orgs = useQuery({
    queryKey: ['orgs', regionCode],
    queryFn: () => api.orgs(regionCode),
    enabled: me.kind === 'regulator' && Boolean(regionCode),
    staleTime: 300_000,
  });
  const set = (k: string, v: string) =>
    setSp(
      (p) => {
        const n = new URLSearchParams(p);
        if (v) n.set(k, v);
        else n.delete(k);
        return n;
      },
      { replace: true },
    );
  const q = useQuery({
    queryKey: ['cases', 'desk', tier, status, assignee, orgId],
    queryFn: () =>
      api.listCases({
        status: status || OPEN_STATUSES.join(','),
        ...(tier ? { tier } : {}),
        ...(assignee ? { assignee } : {}),
        ...(orgId ? { orgId } : {}),
        limit: 200,
      }),
    refetchInterval: 30_000,
  });
  if (q.error) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  const items = [...(q.data?.items ?? [])].sort(byDue);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('desk.tierCol')}
          data-testid="filter-tier"
          style={{ width: 160 }}
          value={tier}
          onChange={(v) => set('tier', v)}
          options={[
            { value: '', label: t('desk.allTiers') },
            ...TIERS.map((x) => ({ value: x, label: t(`tier.${x}`) })),
          ]}
        />
        <Select
          aria-label={t('merchant.status')}
          data-testid="filter-status"
          style={{ width: 200 }}
          value={status}
          onChange={(v) => set('status', v)}
          options={[
            { value: '', label: t('desk.allOpen') },
            ...[...STAFF_STATUSES, ...CLOSED_STATUSES].map((x) => ({ value: x, label: t(`status.${x}`) })),
          ]}
        />
        <Select
          aria-label={t('desk.assignee')}
          data-testid="filter-assignee"
          style={{ width: 160 }}
          value={assignee}
          onChange={(v) => set('assignee', v)}
          options={[
            { value: '', label: t('desk.anyAssignee') },
            { value: 'me', label: t('desk.assignedToMe') },
            { value: 'unassigned', label: t('desk.unassigned') },
          ]}
        />
        {me.kind === 'regulator' ? (
          <Select
            aria-label={t('desk.org')}
            data-testid="filter-org"
            style={{ width: 260 }}
            value={orgId}
            loading={orgs.isPending}
            onChange={(v) => set('org', v)}
            options={[
              { value: '', label: t('desk.allOrgs') },
              ...(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        ) : null}
      </Space>
      <DueStats items={items} now={now} />
      <CaseQueueTable
        items={items}
        now={now}
        loading={q.isPending}
        href={(c) => `/desk/cases/${c.id}`}
        extra={[
          {
            title: t('desk.tierCol'),
            dataIndex: 'tier',
            render: (x: CaseSummary['tier']) => <Tag>{t(`tier.${x}`)}</Tag>,
          },
          {
            title: t('desk.merchantCol'),
            dataIndex: 'merchant',
            ellipsis: true,
            render: (m: CaseSummary['merchant']) => m?.name ?? <span className="hj-muted">—</span>,
          },
        ]}
      />
    </>
  );
}
