// Direct API calls the journeys need for set-up (a payment at a demo shop, who staffs which merchant).
export async function call<T>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; data: T; cookie: string | null }> {
  const r = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const data = (await r.json().catch(() => null)) as T;
  return { status: r.status, data, cookie: r.headers.get('set-cookie')?.split(';')[0] ?? null };
}

export type DemoShop = { merchantId: string; name: string; industry: string; mid: string };
type User = { login: string; role: string; merchantId: string | null; disabled: boolean };

/** The demo shops and, for each merchant, the login of one of its staff (demo password hejie-merchant-2026). */
export async function demoShopsWithLogins(baseUrl: string): Promise<(DemoShop & { login: string })[]> {
  const admin = await call(baseUrl, 'POST', '/auth/login', { login: 'admin', password: 'hejie-admin-2026' });
  if (admin.status !== 200 || !admin.cookie) throw new Error(`admin sign-in failed: ${admin.status}`);
  const users = await call<{ items: User[] }>(
    baseUrl,
    'GET',
    '/regions/HZ/users?role=merchant_staff&limit=200',
    undefined,
    {
      cookie: admin.cookie,
    },
  );
  const shops = await call<{ items: DemoShop[] }>(baseUrl, 'GET', '/demo/shops');
  return shops.data.items.flatMap((s) => {
    const u = users.data.items.find((x) => x.merchantId === s.merchantId && !x.disabled);
    return u ? [{ ...s, login: u.login }] : [];
  });
}
