// The merchant's inbox: open cases sorted by what is due first, with overdue and due-within-24-h counts.
import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { byDue, CaseQueueTable, DueStats, OPEN_STATUSES } from '../../features/cases/queue';
import { useNow } from '../../features/cases/useNow';
import { api } from '../../lib/api';

export default function Inbox() {
  const now = useNow(30_000);
  const q = useQuery({
    queryKey: ['cases', 'open'],
    queryFn: () => api.listCases({ status: OPEN_STATUSES.join(','), limit: 200 }),
    refetchInterval: 30_000,
  });
  if (q.error) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  const items = [...(q.data?.items ?? [])].sort(byDue);
  return (
    <>
      <DueStats items={items} now={now} />
      <CaseQueueTable items={items} now={now} loading={q.isPending} href={(c) => `/m/cases/${c.id}`} />
    </>
  );
}
