import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../../lib/types';
import { negotiatingCase } from '../../test/fixtures';
import { fakeFetch, renderAt } from '../../test/render';

const mediator: Me = {
  kind: 'mediator',
  id: '0f3b6c1e-0000-4000-8000-000000000001',
  displayName: '滨江调解员',
  login: 'med-binjiang',
  region: { id: 'r1', code: 'HZ', name: '杭州' },
  merchantId: null,
  orgId: 'org1',
  institutionId: null,
  phoneMasked: null,
  caseIds: [],
};
const inMediation = negotiatingCase({
  status: 'in_mediation',
  tier: 'mediation',
  viewerRole: 'mediator',
  assignedOrg: { id: 'org1', name: '滨江区电子商务消费维权联络站' },
  allowedActions: ['make_offer', 'record_agreement', 'record_failure', 'refer', 'message', 'assign'],
});

describe('workbench case page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers what allowedActions allows, takes the case and records an agreement with terms', async () => {
    const mine = { ...inMediation, assigneeUserId: mediator.id };
    const agreed = { ...mine, status: 'settled' as const, allowedActions: ['message'] };
    const f = fakeFetch({
      'GET /auth/me': [200, mediator],
      [`GET /cases/${inMediation.id}`]: [200, inMediation],
      [`POST /cases/${inMediation.id}/assign`]: [200, mine],
      [`POST /cases/${inMediation.id}/mediation-outcome`]: [200, agreed],
    });
    vi.stubGlobal('fetch', f.fn);
    await renderAt(`/desk/cases/${inMediation.id}`);
    expect((await screen.findByTestId('assignee')).textContent).toBe('尚未分派');
    expect(screen.getByTestId('record-failure')).toBeTruthy();
    expect(screen.getByTestId('refer')).toBeTruthy();
    expect(screen.queryByTestId('accept-complaint')).toBeNull();

    fireEvent.click(screen.getByTestId('assign-self'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('assignee').textContent).toBe('由您承办'));
    expect(f.calls.find((x) => x.path.endsWith('/assign'))!.body).toEqual({});

    const form = screen.getByTestId('record-agreement').closest('form')!;
    fireEvent.change(form.querySelector('input[aria-label="金额（元）"]')!, { target: { value: '103' } });
    fireEvent.click(screen.getByTestId('record-agreement'));
    await waitFor(() => expect(f.calls.some((x) => x.path.endsWith('/mediation-outcome'))).toBe(true));
    expect(f.calls.find((x) => x.path.endsWith('/mediation-outcome'))!.body).toEqual({
      outcome: 'agreement',
      terms: [{ kind: 'refund', amountMinor: 10300 }],
    });
    await waitFor(() => expect(screen.queryByTestId('record-agreement')).toBeNull());
  });

  it('sends a merchant session away: the workbench is for mediators and regulators', async () => {
    const f = fakeFetch({ 'GET /auth/me': [200, { ...mediator, kind: 'merchant_staff', merchantId: 'm1' }] });
    vi.stubGlobal('fetch', f.fn);
    await renderAt('/desk');
    expect(await screen.findByText('该账号的工作台尚未开放。')).toBeTruthy();
  });

  it("hands the case to a colleague picked by name from the organisation's staff", async () => {
    const colleague = { id: '0f3b6c1e-0000-4000-8000-000000000002', displayName: '王调解', role: 'mediator' };
    const theirs = { ...inMediation, assigneeUserId: colleague.id };
    const f = fakeFetch({
      'GET /auth/me': [200, mediator],
      [`GET /cases/${inMediation.id}`]: [200, inMediation],
      'GET /regions/HZ/orgs/org1/staff': [200, { items: [{ ...mediator, role: 'mediator' }, colleague] }],
      [`POST /cases/${inMediation.id}/assign`]: [200, theirs],
    });
    vi.stubGlobal('fetch', f.fn);
    await renderAt(`/desk/cases/${inMediation.id}`);
    const picker = await screen.findByRole('combobox', { name: '选择同事' });
    fireEvent.mouseDown(picker);
    fireEvent.click(await screen.findByTitle('王调解'));
    fireEvent.click(screen.getByTestId('assign-colleague'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('assignee').textContent).toBe('王调解'));
    expect(f.calls.find((x) => x.path.endsWith('/assign'))!.body).toEqual({ userId: colleague.id });
  });

  it('asks the consumer a question, which the server records as one', async () => {
    const asking = { ...inMediation, allowedActions: [...inMediation.allowedActions, 'ask_consumer'] };
    const paused = {
      ...asking,
      pausedAt: '2026-03-03T10:00:00.000Z',
      messages: [
        {
          id: 'q1',
          authorRole: 'mediator',
          kind: 'question',
          body: '耳机是哪天开始没声音的？',
          createdAt: '2026-03-03T10:00:00.000Z',
        },
      ],
    };
    const f = fakeFetch({
      'GET /auth/me': [200, mediator],
      [`GET /cases/${inMediation.id}`]: [200, asking],
      [`POST /cases/${inMediation.id}/messages`]: [200, paused],
    });
    vi.stubGlobal('fetch', f.fn);
    await renderAt(`/desk/cases/${inMediation.id}`);
    fireEvent.change(await screen.findByLabelText('输入消息…'), { target: { value: '耳机是哪天开始没声音的？' } });
    fireEvent.click(screen.getByTestId('ask-consumer'));
    fireEvent.click(screen.getByRole('button', { name: /发\s*送/ }));
    await waitFor(() => expect(f.calls.some((x) => x.path.endsWith('/messages'))).toBe(true));
    expect(f.calls.find((x) => x.path.endsWith('/messages'))!.body).toEqual({
      body: '耳机是哪天开始没声音的？',
      kind: 'question',
    });
    expect((await screen.findByTestId('open-question')).textContent).toContain('正在等待消费者回答问题');
  });

  it('lets the regulator name the merchant of a complaint filed without one', async () => {
    const regulator: Me = { ...mediator, kind: 'regulator', orgId: 'bureau' };
    const unidentified = negotiatingCase({
      status: 'filed',
      tier: 'regulator',
      viewerRole: 'regulator',
      merchant: null,
      assignedOrg: { id: 'bureau', name: '杭州市市场监督管理局' },
      allowedActions: ['identify_merchant', 'reject', 'transfer', 'message'],
    });
    const shop = {
      id: '0f3b6c1e-0000-4000-8000-0000000000aa',
      creditCode: '91330106MA2XXXXX0X',
      legalName: '杭州某某餐饮有限公司',
      tradeName: '某某面馆',
      industry: 'restaurant',
      address: '文三路1号',
      district: { id: 'd1', code: 'XH', name: '西湖区' },
    };
    const named = { ...unidentified, status: 'awaiting_response' as const, allowedActions: ['message'] };
    const f = fakeFetch({
      'GET /auth/me': [200, regulator],
      [`GET /cases/${unidentified.id}`]: [200, unidentified],
      'GET /regions/HZ/merchants': [200, { items: [shop], nextAfter: null }],
      'GET /regions/HZ/orgs/bureau/staff': [200, { items: [] }],
      [`POST /cases/${unidentified.id}/identify-merchant`]: [200, named],
    });
    vi.stubGlobal('fetch', f.fn);
    await renderAt(`/desk/cases/${unidentified.id}`);
    const search = await screen.findByRole('combobox', { name: '输入商家名称或统一社会信用代码' });
    fireEvent.mouseDown(search);
    fireEvent.change(search, { target: { value: '某某面馆' } });
    fireEvent.click(await screen.findByTitle(/某某面馆/));
    fireEvent.click(screen.getByTestId('identify-merchant'));
    fireEvent.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() => expect(f.calls.some((x) => x.path.endsWith('/identify-merchant'))).toBe(true));
    expect(f.calls.find((x) => x.path.endsWith('/identify-merchant'))!.body).toEqual({ merchantId: shop.id });
    await waitFor(() => expect(screen.queryByTestId('identify-merchant')).toBeNull());
  });
});
