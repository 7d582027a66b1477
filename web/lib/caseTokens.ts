// The consumer's cases on this device: case id → access token (the key the server gave at filing).
// Kept in localStorage so "my cases" works without an account; nothing else about the case is trusted from here.
const KEY = 'hejie.cases';

export type SavedCase = { id: string; token: string; number?: string; title?: string; savedAt: string };

function readAll(): SavedCase[] {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(v)
      ? (v as SavedCase[]).filter((c) => c && typeof c.id === 'string' && typeof c.token === 'string')
      : [];
  } catch {
    return [];
  }
}

function writeAll(list: SavedCase[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // storage full or blocked: the case link still works
  }
}

export function savedCases(): SavedCase[] {
  return readAll().sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export function tokenFor(id: string): string | null {
  return readAll().find((c) => c.id === id)?.token ?? null;
}

export function saveCase(entry: Omit<SavedCase, 'savedAt'> & { savedAt?: string }): void {
  const list = readAll();
  const i = list.findIndex((c) => c.id === entry.id);
  const prev = i >= 0 ? list[i] : undefined;
  const next: SavedCase = { ...prev, ...entry, savedAt: entry.savedAt ?? prev?.savedAt ?? new Date().toISOString() };
  if (i >= 0) list[i] = next;
  else list.push(next);
  writeAll(list);
}

export function forgetCase(id: string): void {
  writeAll(readAll().filter((c) => c.id !== id));
}

/** The token in a case link's fragment (#<token>), if it looks like one. */
export function tokenFromHash(hash: string): string | null {
  const raw = decodeURIComponent(hash.replace(/^#/, '')).trim();
  return /^[A-Za-z0-9_-]{16,200}$/.test(raw) ? raw : null;
}
