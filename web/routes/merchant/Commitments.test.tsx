import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commitment, MERCHANT_ID, merchantStaff } from '../../features/merchant/fixtures';
import { fakeFetch, renderAt } from '../../test/render';

const inForce = commitment();
const old = commitment({
  id: '0f3b6c1e-0000-4000-8000-0000000000c0',
  kind: 'seven_day_resolution',
  status: 'withdrawn',
  title: { zh: '7日解决', en: 'Complaints resolved within 7 days' },
  text: '消费投诉7日内解决',
  withdrawnAt: '2026-01-05T02:00:00.000Z',
});
const routes = () => ({
  'GET /auth/me': [200, merchantStaff] as [number, unknown],
  [`GET /merchants/${MERCHANT_ID}/commitments`]: [200, { items: [inForce, old] }] as [number, unknown],
});

describe('merchant console: commitments', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows those in force and the history', async () => {
    vi.stubGlobal('fetch', fakeFetch(routes()).fn);
    await renderAt('/m/commitments');
    const rows = await screen.findAllByTestId('commitment-in-force');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('诚信经营，明码标价');
    expect(screen.getByText('已撤回')).toBeTruthy();
    expect(screen.getByText('消费投诉7日内解决')).toBeTruthy();
  });

  it('signs an in-store no-reason return after showing the wording consumers will read', async () => {
    const f = fakeFetch({
      ...routes(),
      [`POST /merchants/${MERCHANT_ID}/commitments`]: [201, commitment({ kind: 'offline_no_reason_return' })],
    });
    vi.stubGlobal('fetch', f.fn);
    await renderAt('/m/commitments');
    const preview = await screen.findByTestId('commitment-preview');
    expect(preview.textContent).toBe('放心消费承诺：诚信经营，明码标价，商品和服务质量有保障');
    // The kind in force is replaced when signed again: the form says so.
    expect(screen.getByText(/签署后将替换现有承诺/)).toBeTruthy();

    fireEvent.mouseDown(within(screen.getByTestId('commitment-kind')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('线下无理由退货'));
    const days = (await screen.findByLabelText('无理由退货期限（天）')) as HTMLInputElement;
    fireEvent.change(days, { target: { value: '15' } });
    const exclusions = screen.getByLabelText('不适用的商品');
    fireEvent.change(exclusions, { target: { value: '定制商品' } });
    fireEvent.keyDown(exclusions, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.change(screen.getByLabelText('附加说明'), { target: { value: '商品完好' } });
    await waitFor(() => expect(preview.textContent).toBe('线下无理由退货：15天内，除定制商品外；商品完好'));

    fireEvent.click(screen.getByTestId('sign-commitment'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('线下无理由退货：15天内，除定制商品外；商品完好');
    fireEvent.click(within(dialog).getByTestId('confirm-ok'));
    await waitFor(() => expect(f.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(f.calls.find((c) => c.method === 'POST')!.body).toEqual({
      kind: 'offline_no_reason_return',
      windowDays: 15,
      exclusions: ['定制商品'],
      conditions: '商品完好',
    });
  });

  it('withdraws only after a confirmation, and shows the API’s refusal', async () => {
    const f = fakeFetch({
      ...routes(),
      [`POST /merchants/${MERCHANT_ID}/commitments/${inForce.id}/withdraw`]: [
        403,
        {
          error: {
            code: 'FORBIDDEN',
            message: 'You are not allowed to do this',
            messages: { 'zh-CN': '无权执行此操作' },
          },
        },
      ],
    });
    vi.stubGlobal('fetch', f.fn);
    await renderAt('/m/commitments');
    fireEvent.click(await screen.findByTestId('withdraw-commitment'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('确认撤回“放心消费承诺”');
    expect(f.calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(within(dialog).getByTestId('confirm-ok'));
    await waitFor(() => expect(f.calls.some((c) => c.path.endsWith('/withdraw'))).toBe(true));
    expect(await screen.findByText('无权执行此操作')).toBeTruthy();
  });
});
