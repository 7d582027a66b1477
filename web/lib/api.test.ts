import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, NetworkError, serverNow, setApiLanguage } from './api';

afterEach(() => vi.unstubAllGlobals());

describe('api client', () => {
  it('turns the error shape into an ApiError with the messages and field issues', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json(
          {
            error: {
              code: 'VALIDATION_FAILED',
              message: '请求内容不符合要求',
              messages: { 'zh-CN': '请求内容不符合要求', en: 'The request is not valid' },
              details: { issues: [{ path: 'body.description', code: 'too_small' }] },
            },
          },
          { status: 400 },
        ),
      ),
    );
    const err = await api.fileCase({ description: 'x' }, 'key-12345678').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    const e = err as ApiError;
    expect(e.status).toBe(400);
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.messages.en).toBe('The request is not valid');
    expect(e.fieldIssues.map((i) => i.path)).toEqual(['description']);
  });

  it('retries a GET after a network failure, sends the language and the case token', async () => {
    setApiLanguage('en');
    const fetch = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(Response.json({ id: 'c1' }));
    vi.stubGlobal('fetch', fetch);
    const c = await api.getCase('c1', 'hjc_token');
    expect(c).toEqual({ id: 'c1' });
    expect(fetch).toHaveBeenCalledTimes(2);
    const headers = fetch.mock.calls[1]![1].headers as Record<string, string>;
    expect(headers['x-case-token']).toBe('hjc_token');
    expect(headers['accept-language']).toBe('en');
    setApiLanguage('zh-CN');
  });

  it('never retries a write: a network failure is reported at once', async () => {
    const fetch = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    vi.stubGlobal('fetch', fetch);
    await expect(api.command('c1', 'withdraw', {}, 't')).rejects.toBeInstanceOf(NetworkError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("counts on the platform's clock: a server two days ahead of the phone moves serverNow() with it", async () => {
    const ahead = Date.now() + 2 * 86_400_000;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ items: [] }, { headers: { 'x-server-time': new Date(ahead).toISOString() } })),
    );
    await api.listCases();
    expect(Math.abs(serverNow() - ahead)).toBeLessThan(60_000);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ items: [] }, { headers: { 'x-server-time': 'junk' } })),
    );
    await api.listCases();
    expect(Math.abs(serverNow() - ahead), 'a bad header changes nothing').toBeLessThan(60_000);
  });
});
