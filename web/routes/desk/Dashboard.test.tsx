import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me, RegionStats, StatsMeasures } from '../../lib/types';
import { fakeFetch, renderAt } from '../../test/render';

// ECharts draws on a canvas jsdom does not have: the test reads the options the page gives it.
vi.mock('./EChart', () => ({
  EChart: ({ option, testId }: { option: unknown; testId?: string }) => (
    <pre data-testid={testId}>{JSON.stringify(option)}</pre>
  ),
}));

const regulator: Me = {
  kind: 'regulator',
  id: '0f3b6c1e-0000-4000-8000-000000000002',
  displayName: '杭州市市场监督管理局',
  login: 'hz-amr',
  region: { id: 'r1', code: 'HZ', name: '杭州' },
  merchantId: null,
  orgId: 'org0',
  institutionId: null,
  phoneMasked: null,
  caseIds: [],
};
const m = (over: Partial<StatsMeasures> = {}): StatsMeasures => ({
  filed: 10,
  open: 3,
  settled: 6,
  closed: 4,
  escalated: 2,
  withdrawn: 0,
  rejected: 1,
  transferred: 0,
  resolutionRate: 0.6,
  responseDue: 8,
  respondedInTime: 6,
  respondedInTimeRate: 0.75,
  firstResponseHours: { median: 5.5, p90: 20 },
  settlementHours: { median: 30, p90: 96 },
  overdueNow: 1,
  money: [{ currency: 'CNY', refundMinor: 50000, compensationMinor: 1000 }],
  ...over,
});
const stats: RegionStats = {
  region: { code: 'HZ', timeZone: 'Asia/Shanghai' },
  range: { from: '2026-11-03', to: '2026-12-02', since: '2026-11-02T16:00:00Z', until: '2026-12-02T16:00:00Z' },
  scope: 'region',
  asOf: '2026-12-02T11:00:00Z',
  totals: m(),
  byDistrict: [
    { ...m({ filed: 7 }), districtId: '0f3b6c1e-0000-4000-8000-0000000000d1', code: '330106', name: '西湖区' },
    { ...m({ filed: 3, overdueNow: 0 }), districtId: null, code: null, name: null },
  ],
  byIndustry: [{ ...m({ filed: 4 }), industry: 'electronics', name: { zh: '数码电器', en: 'Electronics' } }],
  daily: [
    { day: '2026-12-01', filed: 3, settled: 1 },
    { day: '2026-12-02', filed: 2, settled: 2 },
  ],
};

describe('workbench dashboard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows the region's totals, the daily series, industries and districts", async () => {
    const f = fakeFetch({ 'GET /auth/me': [200, regulator], 'GET /regions/HZ/stats': [200, stats] });
    vi.stubGlobal('fetch', f.fn);
    await renderAt('/desk/stats');
    const totals = await screen.findByTestId('stats-totals');
    expect(totals.textContent).toContain('60.0%');
    expect(totals.textContent).toContain('75.0%');
    expect(totals.textContent).toContain('5.5 h / 20.0 h');
    expect(JSON.parse(screen.getByTestId('chart-daily').textContent!).series[0].data).toEqual([3, 2]);
    expect(screen.getByTestId('chart-industry').textContent).toContain('数码电器');
    expect(screen.getByText('西湖区')).toBeTruthy();
    expect(screen.getByText('无区县')).toBeTruthy();
  });
});
