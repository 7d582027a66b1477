import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tokenFor } from '../../lib/caseTokens';
import { negotiatingCase } from '../../test/fixtures';
import { fakeFetch, renderAt } from '../../test/render';

const c = negotiatingCase();

describe('consumer case page', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('shows status, countdown, timeline and the offer with accept/reject; remembers the token', async () => {
    const f = fakeFetch({ [`GET /cases/${c.id}`]: [200, c] });
    vi.stubGlobal('fetch', f.fn);
    await renderAt(`/c/${c.id}#hjc_abcdefghijklmnopqrstu`);
    expect(await screen.findByTestId('case-status')).toHaveProperty('textContent', '协商中');
    expect(screen.getByTestId('countdown').textContent).toMatch(/^剩余/);
    expect(screen.getByTestId('timeline').textContent).toContain('提交投诉');
    expect(screen.getByTestId('accept-offer')).toBeTruthy();
    expect(screen.getByTestId('reject-offer')).toBeTruthy();
    expect(screen.getByTestId('escalate')).toBeTruthy();
    expect(screen.queryByTestId('confirm-fulfilment')).toBeNull();
    expect(f.calls[0]!.headers['x-case-token']).toBe('hjc_abcdefghijklmnopqrstu');
    expect(tokenFor(c.id)).toBe('hjc_abcdefghijklmnopqrstu');
  });

  it('hides what allowedActions does not allow, and rejects with a reason', async () => {
    const limited = negotiatingCase({ allowedActions: ['reject_offer', 'message'] });
    const rejected = negotiatingCase({
      allowedActions: ['message'],
      offers: [{ ...limited.offers[0]!, status: 'rejected', responseReason: '太少了' }],
    });
    const f = fakeFetch({
      [`GET /cases/${c.id}`]: [200, limited],
      [`POST /cases/${c.id}/offers/o1/reject`]: [200, rejected],
    });
    vi.stubGlobal('fetch', f.fn);
    await renderAt(`/c/${c.id}#hjc_abcdefghijklmnopqrstu`);
    await screen.findByTestId('reject-offer');
    expect(screen.queryByTestId('accept-offer')).toBeNull();
    expect(screen.queryByTestId('escalate')).toBeNull();
    expect(screen.queryByTestId('withdraw')).toBeNull();
    fireEvent.click(screen.getByTestId('reject-offer'));
    fireEvent.change(await screen.findByLabelText('原因（对方会看到）'), { target: { value: '太少了' } });
    fireEvent.click(screen.getByTestId('reject-confirm'));
    await waitFor(() => expect(f.calls.some((x) => x.method === 'POST')).toBe(true));
    const post = f.calls.find((x) => x.method === 'POST')!;
    expect(post.path).toBe(`/cases/${c.id}/offers/o1/reject`);
    expect(post.body).toEqual({ reason: '太少了' });
    await waitFor(() => expect(screen.queryByTestId('reject-offer')).toBeNull());
  });

  it('shows the case photos, fetched with the token, and lets the consumer add more', async () => {
    const f = fakeFetch({
      [`GET /cases/${c.id}`]: [200, c],
      [`GET /cases/${c.id}/evidence`]: [
        200,
        {
          items: [
            {
              id: 'e1',
              contentType: 'image/jpeg',
              sizeBytes: 1000,
              sha256: 'a'.repeat(64),
              caption: '收据',
              addedBy: 'consumer',
              createdAt: '2026-03-02T02:00:00.000Z',
            },
          ],
          viewerRole: 'consumer',
          canAdd: true,
          max: 10,
          maxBytes: 5242880,
        },
      ],
      [`GET /cases/${c.id}/evidence/e1`]: [200, {}],
    });
    vi.stubGlobal('fetch', f.fn);
    URL.createObjectURL = vi.fn(() => 'blob:e1');
    URL.revokeObjectURL = vi.fn();
    await renderAt(`/c/${c.id}#hjc_abcdefghijklmnopqrstu`);
    expect(await screen.findByTestId('evidence-item')).toBeTruthy();
    expect(screen.getByTestId('evidence-add')).toBeTruthy();
    await waitFor(() => expect(f.calls.some((x) => x.path === `/cases/${c.id}/evidence/e1`)).toBe(true));
    const photo = f.calls.find((x) => x.path === `/cases/${c.id}/evidence/e1`)!;
    expect(photo.headers['x-case-token']).toBe('hjc_abcdefghijklmnopqrstu');
  });

  it('without a token asks on the session alone, and says the link is incomplete when that is not enough', async () => {
    const f = fakeFetch({});
    vi.stubGlobal('fetch', f.fn);
    await renderAt(`/c/${c.id}`);
    expect(await screen.findByText(/链接不完整/)).toBeTruthy();
    const asked = f.calls.find((x) => x.path === `/cases/${c.id}`);
    expect(asked?.headers['x-case-token']).toBeUndefined();
  });

  it('opens the case for a consumer signed in with their phone, with no token in the link', async () => {
    const f = fakeFetch({ [`GET /cases/${c.id}`]: [200, c] });
    vi.stubGlobal('fetch', f.fn);
    await renderAt(`/c/${c.id}`);
    expect(await screen.findByTestId('case-status')).toBeTruthy();
  });
});
