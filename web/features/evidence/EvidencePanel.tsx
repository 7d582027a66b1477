// A case's photos for any party: the gallery (thumbnails fetched with the viewer's credentials and shown as
// object URLs), photos still uploading or failed (with retry), and "add photos" while the viewer may add.
// Usage: <EvidencePanel caseId={c.id} /> for staff (session cookie), plus caseToken for a consumer.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { dateTime } from '../../lib/format';
import { evidenceErrorText } from './errors';
import './evidence.css';
import { type EvidenceItem, type EvidenceList, evidenceApi } from './evidenceApi';
import { PhotoChooser } from './PhotoChooser';
import { PhotoPreview } from './PhotoPreview';
import { PhotoTile } from './PhotoTile';
import { dropUpload, onUploaded, type PendingUpload, queueUploads, retryUpload, usePendingUploads } from './uploads';
import { useObjectUrl } from './useObjectUrl';

export const evidenceKey = (caseId: string) => ['evidence', caseId] as const;

type Props = { caseId: string; caseToken?: string | null };

export function EvidencePanel(props: Props) {
  return (
    <Suspense fallback={null}>
      <Gallery {...props} />
    </Suspense>
  );
}

function Gallery({ caseId, caseToken = null }: Props) {
  const { t } = useTranslation('evidence');
  const qc = useQueryClient();
  const q = useQuery({ queryKey: evidenceKey(caseId), queryFn: () => evidenceApi.list(caseId, caseToken) });
  const pending = usePendingUploads(caseId);
  const [open, setOpen] = useState<EvidenceItem | null>(null);

  // A photo the server accepted joins the list at once; the case (its timeline) is read again.
  useEffect(
    () =>
      onUploaded((id, item) => {
        if (id !== caseId) return;
        qc.setQueryData<EvidenceList>(evidenceKey(caseId), (old) =>
          old && !old.items.some((i) => i.id === item.id)
            ? { ...old, items: [...old.items, item], canAdd: old.canAdd && old.items.length + 1 < old.max }
            : old,
        );
        void qc.invalidateQueries({ queryKey: ['case', caseId] });
      }),
    [caseId, qc],
  );

  const items = q.data?.items ?? [];
  const max = q.data?.max ?? 10;
  const remaining = max - items.length - pending.length;
  return (
    <Panel
      title={t('title')}
      extra={q.data ? <span className="hj-muted">{t('count', { n: items.length, max })}</span> : null}
      data-testid="evidence-panel"
    >
      {q.isPending ? (
        <span className="hj-muted">{t('preparing')}</span>
      ) : q.error ? (
        <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <>
          {items.length === 0 && pending.length === 0 ? (
            <p className="hj-muted" data-testid="evidence-empty">
              {t('empty')}
            </p>
          ) : (
            <div className="hj-ev-grid">
              {items.map((item, i) => (
                <RemoteTile
                  key={item.id}
                  caseId={caseId}
                  caseToken={caseToken}
                  item={item}
                  index={i}
                  onOpen={() => setOpen(item)}
                />
              ))}
              {pending.map((p, i) => (
                <PendingTile key={p.key} caseId={caseId} upload={p} index={items.length + i} />
              ))}
            </div>
          )}
          {q.data?.canAdd ? (
            <>
              <div className="hj-muted" style={{ marginBottom: 8 }}>
                {t('hint', { max })}
              </div>
              <PhotoChooser
                remaining={remaining}
                max={max}
                onChosen={(photos) => queueUploads(caseId, caseToken, photos)}
              />
            </>
          ) : null}
        </>
      )}
      {open ? <RemotePreview caseId={caseId} caseToken={caseToken} item={open} onClose={() => setOpen(null)} /> : null}
    </Panel>
  );
}

function usePhoto(caseId: string, caseToken: string | null, id: string) {
  return useQuery({
    queryKey: ['evidence-photo', caseId, id],
    queryFn: ({ signal }) => evidenceApi.blob(caseId, id, caseToken, signal),
    // A photo never changes under its id.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

function RemoteTile({
  caseId,
  caseToken,
  item,
  index,
  onOpen,
}: {
  caseId: string;
  caseToken: string | null;
  item: EvidenceItem;
  index: number;
  onOpen: () => void;
}) {
  const { t } = useTranslation('evidence');
  const photo = usePhoto(caseId, caseToken, item.id);
  const src = useObjectUrl(photo.data);
  return (
    <PhotoTile
      src={src}
      index={index}
      onOpen={onOpen}
      state={photo.error ? t('loadFailed') : (item.caption ?? undefined)}
      testId="evidence-item"
    />
  );
}

function RemotePreview({
  caseId,
  caseToken,
  item,
  onClose,
}: {
  caseId: string;
  caseToken: string | null;
  item: EvidenceItem;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('evidence');
  const { t: tMain } = useTranslation();
  const photo = usePhoto(caseId, caseToken, item.id);
  const src = useObjectUrl(photo.data);
  return (
    <PhotoPreview
      src={src}
      title={item.caption ?? t('title')}
      onClose={onClose}
      footer={
        <span className="hj-muted">
          {t('addedBy', {
            who: tMain(`role.${item.addedBy}`, { defaultValue: item.addedBy }),
            when: dateTime(item.createdAt, i18n.language),
          })}
        </span>
      }
    />
  );
}

function PendingTile({ caseId, upload, index }: { caseId: string; upload: PendingUpload; index: number }) {
  const { t, i18n } = useTranslation('evidence');
  const { t: tMain } = useTranslation();
  const failed = upload.status === 'failed';
  return (
    <div>
      <PhotoTile
        src={upload.previewUrl}
        index={index}
        percent={failed ? undefined : upload.percent}
        state={failed ? t('failed') : t('uploading', { percent: upload.percent })}
        testId={failed ? 'evidence-failed' : 'evidence-uploading'}
      />
      {failed ? (
        <>
          <div className="hj-muted" role="alert" style={{ fontSize: 12 }}>
            {evidenceErrorText(upload.error, t, tMain, i18n.language)}
          </div>
          <div className="hj-ev-actions">
            <Button
              size="small"
              type="primary"
              onClick={() => retryUpload(caseId, upload.key)}
              data-testid="evidence-retry"
            >
              {t('retry')}
            </Button>
            <Button size="small" onClick={() => dropUpload(caseId, upload.key)}>
              {t('remove')}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
