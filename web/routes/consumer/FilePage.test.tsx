import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evidenceApi } from '../../features/evidence/evidenceApi';
import { tokenFor } from '../../lib/caseTokens';
import { fakeFetch, renderAt } from '../../test/render';

// jsdom has no canvas: the shrinking step is the browser's, exercised by the e2e journey.
vi.mock('../../features/evidence/shrink', () => ({
  shrinkPhoto: async (f: Blob) => new Blob([await f.arrayBuffer()], { type: 'image/jpeg' }),
}));

const STORE = '0190c0de-0000-7000-8000-0000000000a1';
const CASE = '0190c0de-0000-7000-8000-0000000000c2';
const TOKEN = 'hjc_filedtokenfilethisone';
const labels = { categories: [], demands: [{ code: 'refund', zh: '退款', en: 'Refund' }] };
const filed = {
  id: CASE,
  number: 'HZ-2026-000123',
  status: 'awaiting_response',
  deadlines: [],
  accessToken: TOKEN,
  verified: false,
  purchase: { verified: false, amountMinor: null, currency: null, paidAt: null },
  existing: false,
};
const photo = (name: string) =>
  new File([new Uint8Array([0xff, 0xd8, 0xff, name.length])], name, { type: 'image/jpeg' });

describe('filing with photos', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    let n = 0;
    URL.createObjectURL = vi.fn(() => `blob:staged-${++n}`);
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('photos chosen before filing can be removed; the rest upload with the new case token after the case is saved', async () => {
    const f = fakeFetch({
      'GET /mediator/labels': [200, labels],
      'POST /cases': [201, filed],
      [`GET /cases/${CASE}/evidence`]: [200, { items: [], viewerRole: 'consumer', canAdd: true, max: 10, maxBytes: 1 }],
    });
    vi.stubGlobal('fetch', f.fn);
    const upload = vi.spyOn(evidenceApi, 'upload').mockImplementation(async () => {
      // The case is already saved on this device when the first photo leaves.
      expect(tokenFor(CASE)).toBe(TOKEN);
      return {
        id: 'e1',
        contentType: 'image/jpeg',
        sizeBytes: 4,
        sha256: 'a'.repeat(64),
        caption: null,
        addedBy: 'consumer',
        createdAt: '2026-03-02T02:00:00.000Z',
        existing: false,
      };
    });
    await renderAt(`/c/file?store=${STORE}`);
    fireEvent.change(await screen.findByTestId('evidence-input'), {
      target: { files: [photo('broken.jpg'), photo('receipt.jpg')] },
    });
    await waitFor(() => expect(screen.getAllByTestId('evidence-staged')).toHaveLength(2));
    expect(screen.getByText('2/10 张')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '移除照片 2' }));
    await waitFor(() => expect(screen.getAllByTestId('evidence-staged')).toHaveLength(1));
    expect(upload).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('发生了什么？'), { target: { value: '杯子收到时已经碎了，要求退款。' } });
    fireEvent.click(await screen.findByText('退款'));
    fireEvent.click(screen.getByTestId('file-submit'));
    await waitFor(() => expect(upload).toHaveBeenCalledTimes(1));
    expect(upload.mock.calls[0]![0]).toBe(CASE);
    expect(upload.mock.calls[0]![2]?.caseToken).toBe(TOKEN);
    const post = f.calls.find((c) => c.method === 'POST' && c.path === '/cases')!;
    expect(post.body).not.toHaveProperty('photos');
    await waitFor(() => expect(window.location.pathname).toBe(`/c/${CASE}`));
  });
});
