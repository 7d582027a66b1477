import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../lib/types';
import { byDue, dueCounts } from './queue';

const at = (id: string, nextDueAt: string | null): CaseSummary => ({
  id,
  number: id,
  status: 'awaiting_response',
  tier: 'merchant',
  title: id,
  merchant: null,
  waitingOnConsumer: false,
  filedAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
  nextDueAt,
});

describe('merchant inbox order and counts', () => {
  const now = Date.parse('2026-12-02T12:00:00Z');
  const items = [
    at('later', '2026-12-08T00:00:00Z'),
    at('none', null),
    at('overdue', '2026-12-02T11:00:00Z'),
    at('today', '2026-12-03T06:00:00Z'),
  ];
  it('puts what is due first and cases with no running deadline last', () => {
    expect([...items].sort(byDue).map((c) => c.id)).toEqual(['overdue', 'today', 'later', 'none']);
  });
  it('counts overdue and due within 24 hours', () => {
    expect(dueCounts(items, now)).toEqual({ overdue: 1, dueToday: 1 });
  });
});
