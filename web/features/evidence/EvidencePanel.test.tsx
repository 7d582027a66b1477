import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeQueryClient } from '../../App';
import { NetworkError } from '../../lib/api';
import { initI18n } from '../../lib/i18n';
import { fakeFetch } from '../../test/render';
import { EvidencePanel } from './EvidencePanel';
import { type EvidenceItem, evidenceApi } from './evidenceApi';

// jsdom has no canvas: the shrinking step is the browser's, tested in the e2e journey.
vi.mock('./shrink', () => ({
  shrinkPhoto: async (f: Blob) => new Blob([await f.arrayBuffer()], { type: 'image/jpeg' }),
}));

const CASE = '0190c0de-0000-7000-8000-0000000000c1';
const TOKEN = 'hjc_abcdefghijklmnopqrstu';
const item = (id: string, over: Partial<EvidenceItem> = {}): EvidenceItem => ({
  id,
  contentType: 'image/jpeg',
  sizeBytes: 120_000,
  sha256: 'a'.repeat(64),
  caption: null,
  addedBy: 'consumer',
  createdAt: '2026-03-02T02:00:00.000Z',
  ...over,
});
const list = (items: EvidenceItem[], canAdd = true) => ({
  items,
  viewerRole: 'consumer',
  canAdd,
  max: 10,
  maxBytes: 5_242_880,
});

async function renderPanel(token: string | null = TOKEN) {
  await initI18n('zh-CN');
  const client = makeQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  return render(
    <QueryClientProvider client={client}>
      <EvidencePanel caseId={CASE} caseToken={token} />
    </QueryClientProvider>,
  );
}

describe('evidence panel', () => {
  beforeEach(() => {
    let n = 0;
    URL.createObjectURL = vi.fn(() => `blob:photo-${++n}`);
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows the photos fetched with the case token in a header (never in the URL), and a preview', async () => {
    const f = fakeFetch({
      [`GET /cases/${CASE}/evidence`]: [
        200,
        list([item('e1', { caption: '破损处' }), item('e2', { addedBy: 'merchant' })]),
      ],
      [`GET /cases/${CASE}/evidence/e1`]: [200, {}],
      [`GET /cases/${CASE}/evidence/e2`]: [200, {}],
    });
    vi.stubGlobal('fetch', f.fn);
    await renderPanel();
    expect(await screen.findAllByTestId('evidence-item')).toHaveLength(2);
    expect(screen.getByText('2/10 张')).toBeTruthy();
    await waitFor(() => expect(f.calls.filter((c) => /\/evidence\/e\d$/.test(c.path))).toHaveLength(2));
    for (const c of f.calls) {
      expect(c.headers['x-case-token']).toBe(TOKEN);
      expect(c.path).not.toContain('hjc_');
    }
    await waitFor(() => expect(screen.getAllByRole('img')).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: '查看照片 1' }));
    expect(await screen.findByTestId('evidence-preview')).toBeTruthy();
    expect(screen.getByText(/消费者 上传/)).toBeTruthy();
    expect(screen.getAllByText('破损处').length).toBeGreaterThan(0);
  });

  it('says so when there are none, and offers no upload to a viewer who may not add', async () => {
    vi.stubGlobal('fetch', fakeFetch({ [`GET /cases/${CASE}/evidence`]: [200, list([], false)] }).fn);
    await renderPanel(null);
    expect(await screen.findByTestId('evidence-empty')).toBeTruthy();
    expect(screen.queryByTestId('evidence-add')).toBeNull();
  });

  it('shows a list error with a retry', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        [`GET /cases/${CASE}/evidence`]: [
          404,
          { error: { code: 'CASE_NOT_FOUND', message: 'x', messages: { 'zh-CN': '案件不存在或无权查看', en: 'x' } } },
        ],
      }).fn,
    );
    await renderPanel();
    expect(await screen.findByText('案件不存在或无权查看')).toBeTruthy();
    expect(screen.getByRole('button', { name: /重\s*试/ })).toBeTruthy();
  });

  it('uploads a chosen photo with progress; a failure can be retried and the photo then joins the gallery', async () => {
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        [`GET /cases/${CASE}/evidence`]: [200, list([])],
        [`GET /cases/${CASE}/evidence/e9`]: [200, {}],
      }).fn,
    );
    const upload = vi
      .spyOn(evidenceApi, 'upload')
      .mockImplementationOnce(async (_c, _b, opts) => {
        opts?.onProgress?.(40);
        throw new NetworkError(new Error('offline'));
      })
      .mockImplementationOnce(async () => ({ ...item('e9'), existing: false }));
    await renderPanel();
    await screen.findByTestId('evidence-empty');
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'IMG_0001.HEIC.jpg', { type: 'image/jpeg' });
    fireEvent.change(screen.getByTestId('evidence-input'), { target: { files: [file] } });
    expect(await screen.findByTestId('evidence-failed')).toBeTruthy();
    expect(screen.getByText('网络连接失败，请检查网络后重试。')).toBeTruthy();
    expect(upload.mock.calls[0]![0]).toBe(CASE);
    expect(upload.mock.calls[0]![2]?.caseToken).toBe(TOKEN);
    fireEvent.click(screen.getByTestId('evidence-retry'));
    expect(await screen.findByTestId('evidence-item')).toBeTruthy();
    expect(screen.queryByTestId('evidence-failed')).toBeNull();
    expect(upload).toHaveBeenCalledTimes(2);
  });

  it('explains a refusal by its rule (the limit)', async () => {
    vi.stubGlobal('fetch', fakeFetch({ [`GET /cases/${CASE}/evidence`]: [200, list([])] }).fn);
    const { ApiError } = await import('../../lib/api');
    vi.spyOn(evidenceApi, 'upload').mockRejectedValue(
      new ApiError(400, 'VALIDATION_FAILED', 'x', {}, { rule: 'evidence_limit', max: 10 }),
    );
    await renderPanel();
    await screen.findByTestId('evidence-empty');
    const file = new File([new Uint8Array([1])], 'a.jpg', { type: 'image/jpeg' });
    fireEvent.change(screen.getByTestId('evidence-input'), { target: { files: [file] } });
    expect(await screen.findByText('该案件的照片已达 10 张上限。')).toBeTruthy();
  });
});
