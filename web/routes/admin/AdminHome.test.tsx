import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../../lib/types';
import { fakeFetch, renderAt } from '../../test/render';

const admin: Me = {
  kind: 'platform_admin',
  id: '0f3b6c1e-0000-4000-8000-0000000000a1',
  displayName: '平台管理员',
  login: 'admin',
  region: null,
  merchantId: null,
  orgId: null,
  institutionId: null,
  phoneMasked: null,
  caseIds: [],
};
const regulator: Me = {
  ...admin,
  kind: 'regulator',
  displayName: '杭州市场监管',
  region: { id: 'r-hz', code: 'HZ', name: '杭州市' },
  orgId: 'org-amr',
};
const hz = {
  id: 'r-hz',
  code: 'HZ',
  name: '杭州市',
  nameEn: 'Hangzhou',
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
  districts: [{ id: 'd-xihu', code: '330106', name: '西湖区', nameEn: 'Xihu' }],
};
const settings = {
  deadlines: {
    merchantResponseHours: 24,
    resolutionDays: 7,
    fulfilmentDays: 7,
    mediationDays: 30,
    regulatorAcceptanceWorkingDays: 7,
    regulatorMediationWorkingDays: 45,
    timeZone: 'Asia/Shanghai',
  },
  ladder: ['merchant', 'mediation', 'regulator', 'referral'],
  mediator: { humanAboveMinor: 500000, autoMaxMinor: 200000 },
};
// A valid credit code (src/lib/credit-code.ts makeCreditCode(7)).
const CODE = '91450100MA005BLG9F';

describe('admin console', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('a platform admin lists regions and adds a district to one', async () => {
    const district = { id: 'd-new', code: 'BJ', name: '滨江区', nameEn: '' };
    const f = fakeFetch({
      'GET /auth/me': [200, admin],
      'GET /regions': [200, { items: [{ code: 'HZ', name: '杭州市', nameEn: 'Hangzhou' }] }],
      'GET /regions/HZ': [200, hz],
      'POST /regions/HZ/districts': [201, district],
    });
    vi.stubGlobal('fetch', f.fn);
    await renderAt('/admin');
    fireEvent.click(await screen.findByRole('link', { name: 'HZ' }));
    expect((await screen.findByTestId('region-title')).textContent).toContain('杭州市');
    fireEvent.change(document.querySelector('#district-code')!, { target: { value: 'bj' } });
    fireEvent.change(document.querySelector('#district-name')!, { target: { value: '滨江区' } });
    fireEvent.click(screen.getByTestId('add-district'));
    await waitFor(() => expect(f.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(f.calls.find((c) => c.method === 'POST')!.body).toEqual({ code: 'bj', name: '滨江区' });
  });

  it('a regulator lands on their region; a settings field error from the API shows under the field', async () => {
    const f = fakeFetch({
      'GET /auth/me': [200, regulator],
      'GET /regions/HZ': [200, hz],
      'GET /regions/HZ/settings': [200, settings],
      'PUT /regions/HZ/settings': [
        400,
        {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'The request is not valid',
            messages: { 'zh-CN': '请求内容不符合要求' },
            details: {
              issues: [{ path: 'body.deadlines.timeZone', message: 'an IANA time zone such as Asia/Shanghai' }],
            },
          },
        },
      ],
    });
    vi.stubGlobal('fetch', f.fn);
    await renderAt('/admin');
    expect((await screen.findByTestId('region-title')).textContent).toContain('杭州市');
    fireEvent.click(screen.getByRole('link', { name: '期限与升级' }));
    const hours = (await screen.findByLabelText('商家响应期限')) as HTMLInputElement;
    await waitFor(() => expect(hours.value).toBe('24'));
    fireEvent.change(hours, { target: { value: '12' } });
    fireEvent.click(screen.getByTestId('save-settings'));
    expect(await screen.findByText('an IANA time zone such as Asia/Shanghai')).toBeTruthy();
    const put = f.calls.find((c) => c.method === 'PUT')!;
    expect((put.body as typeof settings).deadlines.merchantResponseHours).toBe(12);
    expect((put.body as typeof settings).ladder).toEqual(['merchant', 'mediation', 'regulator', 'referral']);
    expect((put.body as typeof settings).mediator).toEqual({ humanAboveMinor: 500000, autoMaxMinor: 200000 });
  });

  it('imports a CSV: preview with per-row problems, then only the good rows are sent and their results shown', async () => {
    const f = fakeFetch({
      'GET /auth/me': [200, regulator],
      'GET /regions/HZ': [200, hz],
      'POST /regions/HZ/merchants/import': [
        200,
        {
          created: 1,
          exists: 0,
          errors: 0,
          items: [{ index: 0, row: 2, status: 'created', creditCode: CODE, merchantId: 'm1', error: null }],
        },
      ],
    });
    vi.stubGlobal('fetch', f.fn);
    await renderAt('/admin/regions/HZ/merchants/import');
    const csv = `统一社会信用代码,名称,行业,区县\n${CODE},杭州某某餐饮有限公司,餐饮,西湖区\n123,坏代码公司,餐饮,\n`;
    const file = new File([csv], 'shops.csv', { type: 'text/csv' });
    fireEvent.change(await screen.findByTestId('import-file'), { target: { files: [file] } });
    expect((await screen.findByTestId('import-summary')).textContent).toBe('共 2 行：1 行可导入，1 行有问题。');
    const preview = screen.getByTestId('import-preview');
    expect(within(preview).getByText('信用代码应为 18 位')).toBeTruthy();
    fireEvent.click(screen.getByTestId('import-send'));
    await waitFor(() => expect(screen.getByTestId('import-result').textContent).toBe('已创建 1，已存在 0，出错 0。'));
    const sent = f.calls.find((c) => c.path === '/regions/HZ/merchants/import')!.body as { rows: unknown[] };
    expect(sent.rows).toEqual([
      { row: 2, creditCode: CODE, legalName: '杭州某某餐饮有限公司', industry: 'restaurant', district: '西湖区' },
    ]);
    expect(within(preview).getByText('已创建')).toBeTruthy();
  });

  it('issues an institution API key and shows it once', async () => {
    const inst = {
      id: '0f3b6c1e-0000-4000-8000-0000000000b1',
      name: '和解演示支付',
      kind: 'clearing',
      webhookUrl: null,
      webhookSecretSet: false,
      lookupUrl: null,
      activeKeys: 0,
      createdAt: '2026-03-01T00:00:00Z',
    };
    const issued = {
      id: 'k1',
      institutionId: inst.id,
      prefix: 'hjk_abcd',
      label: '',
      createdAt: '2026-03-02T00:00:00Z',
      revokedAt: null,
      key: 'hjk_abcd_secret',
    };
    const f = fakeFetch({
      'GET /auth/me': [200, admin],
      'GET /institutions': [200, { items: [inst] }],
      [`GET /institutions/${inst.id}/jwks`]: [200, { keys: [] }],
      [`GET /institutions/${inst.id}/api-keys`]: [200, { items: [] }],
      [`POST /institutions/${inst.id}/api-keys`]: [201, issued],
    });
    vi.stubGlobal('fetch', f.fn);
    await renderAt('/admin/institutions');
    fireEvent.click(await screen.findByRole('link', { name: inst.name }));
    fireEvent.click(await screen.findByTestId('issue-key'));
    expect((await screen.findByTestId('issued-key')).textContent).toContain('hjk_abcd_secret');
  });

  it('sends a mediator away: the admin console is for the platform admin and regulators', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /auth/me': [200, { ...regulator, kind: 'mediator' }] }).fn);
    await renderAt('/admin');
    expect(await screen.findByText('该账号的工作台尚未开放。')).toBeTruthy();
  });
});
