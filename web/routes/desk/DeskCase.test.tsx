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
});
