// The evidence calls. The list goes through the shared JSON client; the photo itself travels as raw bytes
// (XMLHttpRequest, for upload progress) and comes back as a Blob fetched with the same credentials as any
// call — the case token in the x-case-token header, the staff session as a cookie — so no token is ever put
// in an <img src> URL, where it would end up in history, logs and Referer headers.
import i18next from 'i18next';
import { ApiError, type ErrorMessages, NetworkError, request } from '../../lib/api';

export type EvidenceItem = {
  id: string;
  contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  sizeBytes: number;
  sha256: string;
  caption: string | null;
  addedBy: string;
  createdAt: string;
};
export type EvidenceList = {
  items: EvidenceItem[];
  viewerRole: string;
  canAdd: boolean;
  max: number;
  maxBytes: number;
};

const enc = encodeURIComponent;
const base = (caseId: string) => `/cases/${enc(caseId)}/evidence`;

function headers(caseToken: string | null | undefined): Record<string, string> {
  return { 'accept-language': i18next.language || 'zh-CN', ...(caseToken ? { 'x-case-token': caseToken } : {}) };
}

function apiError(status: number, statusText: string, data: unknown): ApiError {
  const e = (data as { error?: { code?: string; message?: string; messages?: ErrorMessages; details?: unknown } })
    ?.error;
  return new ApiError(status, e?.code ?? `HTTP_${status}`, e?.message ?? statusText, e?.messages ?? {}, e?.details);
}

export const evidenceApi = {
  list: (caseId: string, caseToken?: string | null) => request<EvidenceList>(base(caseId), { caseToken }),

  /** The photo's bytes, as the server stored them (metadata stripped). */
  async blob(caseId: string, evidenceId: string, caseToken?: string | null, signal?: AbortSignal): Promise<Blob> {
    let res: Response;
    try {
      res = await fetch(`/api/v1${base(caseId)}/${enc(evidenceId)}`, {
        headers: headers(caseToken),
        credentials: 'same-origin',
        ...(signal ? { signal } : {}),
      });
    } catch (err) {
      throw new NetworkError(err);
    }
    if (!res.ok) throw apiError(res.status, res.statusText, await res.json().catch(() => null));
    return res.blob();
  },

  /** Upload one photo; `onProgress` gets 0–100 as the bytes leave. Resolves with the stored (or existing) photo. */
  upload(
    caseId: string,
    photo: Blob,
    opts: { caseToken?: string | null; caption?: string; onProgress?: (percent: number) => void } = {},
  ): Promise<EvidenceItem & { existing: boolean }> {
    const caption = opts.caption?.trim();
    const url = `/api/v1${base(caseId)}${caption ? `?caption=${enc(caption)}` : ''}`;
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.withCredentials = true;
      for (const [k, v] of Object.entries({ ...headers(opts.caseToken), accept: 'application/json' })) {
        xhr.setRequestHeader(k, v);
      }
      xhr.setRequestHeader('content-type', photo.type || 'application/octet-stream');
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) opts.onProgress?.(Math.min(100, Math.round((e.loaded / e.total) * 100)));
      };
      xhr.onerror = () => reject(new NetworkError(new Error('upload failed')));
      xhr.onabort = () => reject(new NetworkError(new Error('upload aborted')));
      xhr.onload = () => {
        let data: unknown = null;
        try {
          data = JSON.parse(xhr.responseText);
        } catch {
          // not JSON (a proxy's error page): the status says enough
        }
        if (xhr.status >= 200 && xhr.status < 300) resolve(data as EvidenceItem & { existing: boolean });
        else reject(apiError(xhr.status, xhr.statusText, data));
      };
      xhr.send(photo);
    });
  },
};
