// Photos on their way to a case. The queue lives outside any page: photos chosen on the filing page are
// handed over right after the case is created and keep uploading while the app moves to the case page,
// which shows their progress and lets a failed one be retried. The case itself was saved before the first
// byte was sent, so a failed photo never costs the complaint. One photo at a time: phones share little
// bandwidth, and the server allows ten per case anyway. (The queue is in memory: a reload forgets photos not
// yet sent, and the case page asks for them again.)
import { useSyncExternalStore } from 'react';
import { type EvidenceItem, evidenceApi } from './evidenceApi';

/** A photo chosen on this device: its shrunk bytes and a local preview URL (owned by whoever holds it). */
export type LocalPhoto = { key: string; blob: Blob; previewUrl: string };

export type PendingUpload = LocalPhoto & {
  status: 'queued' | 'uploading' | 'failed';
  percent: number;
  error: unknown;
};

type CaseQueue = { token: string | null; items: PendingUpload[]; running: boolean };

const queues = new Map<string, CaseQueue>();
const listeners = new Set<() => void>();
const uploadedListeners = new Set<(caseId: string, item: EvidenceItem) => void>();
const NONE: PendingUpload[] = [];

let seq = 0;
export function localPhoto(blob: Blob): LocalPhoto {
  return { key: `p${++seq}-${Date.now()}`, blob, previewUrl: URL.createObjectURL(blob) };
}

function emit(): void {
  for (const l of listeners) l();
}

function update(caseId: string, key: string, patch: Partial<PendingUpload>): void {
  const q = queues.get(caseId);
  if (!q) return;
  q.items = q.items.map((i) => (i.key === key ? { ...i, ...patch } : i));
  emit();
}

async function drain(caseId: string): Promise<void> {
  const q = queues.get(caseId);
  if (!q || q.running) return;
  q.running = true;
  try {
    for (;;) {
      const next = q.items.find((i) => i.status === 'queued');
      if (!next) break;
      update(caseId, next.key, { status: 'uploading', percent: 0, error: null });
      try {
        const stored = await evidenceApi.upload(caseId, next.blob, {
          caseToken: q.token,
          onProgress: (percent) => update(caseId, next.key, { percent }),
        });
        q.items = q.items.filter((i) => i.key !== next.key);
        URL.revokeObjectURL(next.previewUrl);
        for (const l of uploadedListeners) l(caseId, stored);
        emit();
      } catch (error) {
        update(caseId, next.key, { status: 'failed', error });
      }
    }
  } finally {
    q.running = false;
  }
}

/** Hand photos to the queue of a case; they upload in order. The queue takes over their preview URLs. */
export function queueUploads(caseId: string, token: string | null, photos: LocalPhoto[]): void {
  if (photos.length === 0) return;
  const q = queues.get(caseId) ?? { token, items: [], running: false };
  q.token = token ?? q.token;
  q.items = [...q.items, ...photos.map((p) => ({ ...p, status: 'queued' as const, percent: 0, error: null }))];
  queues.set(caseId, q);
  emit();
  void drain(caseId);
}

export function retryUpload(caseId: string, key: string): void {
  update(caseId, key, { status: 'queued', percent: 0, error: null });
  void drain(caseId);
}

/** Give up on a photo that failed. */
export function dropUpload(caseId: string, key: string): void {
  const q = queues.get(caseId);
  const item = q?.items.find((i) => i.key === key);
  if (!q || !item || item.status === 'uploading') return;
  URL.revokeObjectURL(item.previewUrl);
  q.items = q.items.filter((i) => i.key !== key);
  emit();
}

/** The photos of a case still on their way (queued, uploading, failed). */
export function usePendingUploads(caseId: string): PendingUpload[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => queues.get(caseId)?.items ?? NONE,
  );
}

/** Called with every photo the server accepted; returns the unsubscribe function. */
export function onUploaded(fn: (caseId: string, item: EvidenceItem) => void): () => void {
  uploadedListeners.add(fn);
  return () => uploadedListeners.delete(fn);
}
