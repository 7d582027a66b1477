import { render } from '@testing-library/react';
import { App, makeQueryClient } from '../App';
import { initI18n } from '../lib/i18n';

/** Renders the whole app at `url` with a fresh query cache (no retries, so errors show at once). */
export async function renderAt(url: string) {
  await initI18n('zh-CN');
  window.history.pushState({}, '', url);
  const client = makeQueryClient();
  client.setDefaultOptions({ queries: { retry: false, refetchInterval: false } });
  return render(<App client={client} />);
}

/** fetch that answers from a table of "METHOD /path" → [status, body]; records every call. */
export function fakeFetch(routes: Record<string, [number, unknown]>) {
  const calls: { method: string; path: string; headers: Record<string, string>; body: unknown }[] = [];
  const fn = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init.method ?? 'GET';
    const path = url.pathname.replace(/^\/api\/v1/, '');
    calls.push({
      method,
      path,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    });
    const hit = routes[`${method} ${path}`];
    const [status, body] = hit ?? [404, { error: { code: 'NOT_FOUND', message: 'not found', messages: {} } }];
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fn: fn as typeof fetch, calls };
}
