import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MERCHANT_ID, merchantStaff, stats } from '../../features/merchant/fixtures';
import { fakeFetch, renderAt } from '../../test/render';

// ECharts draws on a canvas jsdom does not have: the test reads the options the page gives it.
vi.mock('../desk/EChart', () => ({
  EChart: ({ option, testId }: { option: unknown; testId?: string }) => (
    <pre data-testid={testId}>{JSON.stringify(option)}</pre>
  ),
}));

describe('merchant console: figures', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the totals as cards, the charts, by store and by status', async () => {
    const f = fakeFetch({
      'GET /auth/me': [200, merchantStaff],
      [`GET /merchants/${MERCHANT_ID}/stats`]: [200, stats],
    });
    vi.stubGlobal('fetch', f.fn);
    await renderAt('/m/figures');
    const cards = await screen.findByTestId('figure-cards');
    expect(screen.getByTestId('figure-respondedInTime').textContent).toContain('75.0%');
    expect(screen.getByTestId('figure-settledInTime').textContent).toContain('66.7%');
    expect(screen.getByTestId('figure-medianResponse').textContent).toContain('2.0 小时');
    expect(screen.getByTestId('figure-medianSettlement').textContent).toContain('2.5 天');
    expect(screen.getByTestId('figure-refunded-CNY').textContent).toContain('50.00');
    expect(screen.getByTestId('figure-compensated-CNY').textContent).toContain('10.00');
    expect(screen.getByTestId('figure-rating').textContent).toContain('4.0 分（2 条）');
    expect(cards.textContent).toContain('50.0%');
    expect(screen.getByTestId('figures-range').textContent).toContain('2025-12-03 – 2026-03-02');

    const daily = JSON.parse((await screen.findByTestId('chart-daily')).textContent!);
    expect(daily.series[0].data).toEqual([3, 1]);
    const category = await screen.findByTestId('chart-category');
    expect(category.textContent).toContain('商品质量');
    expect(category.textContent).toContain('尚未分析');

    expect(screen.getByText('湖滨小馆（湖滨店）')).toBeTruthy();
    expect(screen.getByText('未关联门店（如线上订单）')).toBeTruthy();
    expect(screen.getByTestId('by-status').textContent).toContain('等待商家答复 2');
    expect(f.calls.find((c) => c.path.endsWith('/stats'))!.path).toBe(`/merchants/${MERCHANT_ID}/stats`);
  });

  it('shows the API’s error with a retry', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'GET /auth/me': [200, merchantStaff],
        [`GET /merchants/${MERCHANT_ID}/stats`]: [
          403,
          {
            error: {
              code: 'FORBIDDEN',
              message: 'You are not allowed to do this',
              messages: { 'zh-CN': '无权执行此操作' },
            },
          },
        ],
      }).fn,
    );
    await renderAt('/m/figures');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('无权执行此操作'));
    expect(screen.getByRole('button', { name: /重\s*试/ })).toBeTruthy();
  });
});
