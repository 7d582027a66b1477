import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MERCHANT_ID, merchantStaff, profile, region, STORE_ID } from '../../features/merchant/fixtures';
import { fakeFetch, renderAt } from '../../test/render';

const routes = () => ({
  'GET /auth/me': [200, merchantStaff] as [number, unknown],
  [`GET /merchants/${MERCHANT_ID}`]: [200, profile] as [number, unknown],
  'GET /regions/HZ': [200, region] as [number, unknown],
});

describe('merchant console: stores and QR signs', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows each store's QR code, PNG and PDF sign downloads and the public link", async () => {
    vi.stubGlobal('fetch', fakeFetch(routes()).fn);
    await renderAt('/m/stores');
    const card = await screen.findByTestId('store-card');
    expect(card.textContent).toContain('湖滨小馆（湖滨店）');
    expect(card.querySelector('img')?.getAttribute('src')).toBe(`/api/v1/stores/${STORE_ID}/qr.svg`);
    expect(screen.getByTestId('store-sign').getAttribute('href')).toBe(`/api/v1/stores/${STORE_ID}/sign.pdf`);
    expect(screen.getByTestId('store-png').getAttribute('href')).toBe(`/api/v1/stores/${STORE_ID}/qr.png?size=1024`);
    expect(screen.getByTestId('store-link').textContent).toContain(`https://hejie.example.cn/s/${STORE_ID}`);
    expect(screen.getByText('91330106MA2XXXXX0X')).toBeTruthy();
    // The menu has the new pages.
    expect(screen.getByRole('link', { name: '承诺' }).getAttribute('href')).toBe('/m/commitments');
    expect(screen.getByRole('link', { name: '经营数据' }).getAttribute('href')).toBe('/m/figures');
  });

  it('adds a store, and shows the API’s field error under the field', async () => {
    const f = fakeFetch({
      ...routes(),
      [`POST /merchants/${MERCHANT_ID}/stores`]: [
        400,
        {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'The request is not valid',
            messages: { 'zh-CN': '请求内容不符合要求', en: 'The request is not valid' },
            details: { issues: [{ path: 'body.name', message: '名称过长' }] },
          },
        },
      ],
    });
    vi.stubGlobal('fetch', f.fn);
    await renderAt('/m/stores');
    const form = await screen.findByTestId('add-store');
    fireEvent.change(form.querySelector('#name')!, { target: { value: '  湖滨小馆（西湖店） ' } });
    fireEvent.change(form.querySelector('#address')!, { target: { value: '北山街2号' } });
    fireEvent.submit(form);
    await waitFor(() => expect(f.calls.some((c) => c.method === 'POST')).toBe(true));
    const post = f.calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe(`/merchants/${MERCHANT_ID}/stores`);
    expect(post.body).toEqual({ name: '湖滨小馆（西湖店）', address: '北山街2号', districtId: null });
    expect(await screen.findByText('名称过长')).toBeTruthy();
    expect(screen.getAllByRole('alert')[0]?.textContent).toContain('请求内容不符合要求');
  });

  it('edits the merchant’s details; an empty phone is left unchanged', async () => {
    const f = fakeFetch({ ...routes(), [`PATCH /merchants/${MERCHANT_ID}`]: [200, { ...profile, phone: '' }] });
    vi.stubGlobal('fetch', f.fn);
    await renderAt('/m/stores');
    fireEvent.click(await screen.findByTestId('edit-merchant'));
    const input = (await screen.findByLabelText('字号/店招')) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '湖滨小馆·新' } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(f.calls.some((c) => c.method === 'PATCH')).toBe(true));
    const patch = f.calls.find((c) => c.method === 'PATCH')!;
    expect(patch.body).toEqual({
      legalName: profile.legalName,
      tradeName: '湖滨小馆·新',
      address: profile.address,
      districtId: profile.district!.id,
    });
  });
});
