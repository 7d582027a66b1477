// Where a webhook may point: HTTPS anywhere, or plain HTTP to this machine only (local development and
// tests). Anything else would send signed case data in clear over the network.
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function webhookUrlProblem(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'not a URL';
  }
  if (u.username || u.password) return 'credentials in the URL are not allowed; authenticate with the signature';
  if (u.hash) return 'a URL fragment is not sent to the server';
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && LOOPBACK.has(u.hostname)) return null;
  return 'https:// is required (http:// only for 127.0.0.1 or localhost)';
}
