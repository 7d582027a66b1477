import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveCase } from '../../lib/caseTokens';
import type { Me } from '../../lib/types';
import { fakeFetch, renderAt } from '../../test/render';

const consumer: Me = {
  kind: 'consumer',
  id: '0f3b6c1e-0000-4000-8000-0000000000c1',
  displayName: '138****5678',
  login: null,
  region: null,
  merchantId: null,
  orgId: null,
  institutionId: null,
  phoneMasked: '138****5678',
  caseIds: [],
};
const summary = {
  id: '0f3b6c1e-0000-4000-8000-0000000000d1',
  number: 'HZ-2026-000042',
  status: 'awaiting_response',
  tier: 'merchant',
  title: '耳机第二天就没声音',
  merchant: { id: 'm1', name: '某某数码' },
  waitingOnConsumer: false,
  filedAt: '2026-03-02T02:00:00.000Z',
  updatedAt: '2026-03-02T02:00:00.000Z',
  nextDueAt: null,
};
const unauthenticated = { error: { code: 'UNAUTHENTICATED', message: '请先登录', messages: {} } };

describe('my cases', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('signs in with a code sent to the phone and lists every case filed with it', async () => {
    saveCase({ id: 'device-only-case-id', token: 'tok_abcdefghijklmnop', number: 'HZ-2026-000001', title: '本机案件' });
    const f = fakeFetch({
      'GET /auth/me': [401, unauthenticated],
      'POST /auth/otp/request': [202, { expiresInSeconds: 300, resendAfterSeconds: 60 }],
      'POST /auth/otp/verify': [200, consumer],
      'GET /cases': [200, { items: [summary], nextBefore: null }],
    });
    vi.stubGlobal('fetch', f.fn);
    await renderAt('/c');
    expect(await screen.findByText('本机案件')).toBeTruthy();

    fireEvent.change(await screen.findByTestId('phone'), { target: { value: '1381234' } });
    fireEvent.click(screen.getByTestId('send-code'));
    expect(await screen.findByText('请输入 11 位中国大陆手机号。')).toBeTruthy();
    expect(f.calls.some((x) => x.path === '/auth/otp/request')).toBe(false);

    fireEvent.change(screen.getByTestId('phone'), { target: { value: '138 1234 5678' } });
    fireEvent.click(screen.getByTestId('send-code'));
    expect((await screen.findByTestId('code-sent')).textContent).toBe('验证码已发送到 138****5678，5 分钟内有效。');
    expect(screen.getByTestId('send-code').textContent).toMatch(/秒后可重新发送/);
    fireEvent.change(screen.getByTestId('otp-code'), { target: { value: '246810' } });
    fireEvent.click(screen.getByTestId('sign-in'));

    expect(await screen.findByText('耳机第二天就没声音')).toBeTruthy();
    expect(f.calls.find((x) => x.path === '/auth/otp/verify')!.body).toEqual({
      phone: '138 1234 5678',
      code: '246810',
    });
    expect(screen.getByText('已登录：138****5678')).toBeTruthy();
    expect(screen.getByText('本机案件')).toBeTruthy();
  });

  it("shows the server's reason when the code is wrong, and stays on the form", async () => {
    const f = fakeFetch({
      'GET /auth/me': [401, unauthenticated],
      'POST /auth/otp/request': [202, { expiresInSeconds: 600, resendAfterSeconds: 60 }],
      'POST /auth/otp/verify': [
        401,
        { error: { code: 'INVALID_CODE', message: '验证码错误或已过期', messages: { 'zh-CN': '验证码错误或已过期' } } },
      ],
    });
    vi.stubGlobal('fetch', f.fn);
    await renderAt('/c');
    fireEvent.change(await screen.findByTestId('phone'), { target: { value: '13812345678' } });
    fireEvent.click(screen.getByTestId('send-code'));
    fireEvent.change(await screen.findByTestId('otp-code'), { target: { value: '000000' } });
    fireEvent.click(screen.getByTestId('sign-in'));
    expect(await screen.findByText('验证码错误或已过期')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('otp-code')).toBeTruthy());
  });
});
