// Photos chosen on the filing page, before the case exists: kept on the device (shrunk), removable, and
// handed to the upload queue once the complaint is filed (see FilePage and uploads.ts).
import { type Dispatch, type SetStateAction, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './evidence.css';
import { PhotoChooser } from './PhotoChooser';
import { PhotoPreview } from './PhotoPreview';
import { PhotoTile } from './PhotoTile';
import type { LocalPhoto } from './uploads';

export const MAX_PHOTOS = 10;

// A state setter, not a value callback: shrinking takes a while, and a photo removed meanwhile must stay removed.
type Props = { photos: LocalPhoto[]; onChange: Dispatch<SetStateAction<LocalPhoto[]>>; max?: number };

export function EvidencePicker(props: Props) {
  return (
    <Suspense fallback={null}>
      <Picker {...props} />
    </Suspense>
  );
}

function Picker({ photos, onChange, max = MAX_PHOTOS }: Props) {
  const { t } = useTranslation('evidence');
  const [open, setOpen] = useState<number | null>(null);
  const remove = (key: string) => {
    const p = photos.find((x) => x.key === key);
    if (p) URL.revokeObjectURL(p.previewUrl);
    onChange((prev) => prev.filter((x) => x.key !== key));
  };
  return (
    <div data-testid="evidence-picker">
      <div className="hj-label">
        {t('title')} <span className="hj-muted">{t('count', { n: photos.length, max })}</span>
      </div>
      <div className="hj-muted">{t('hint', { max })}</div>
      {photos.length > 0 ? (
        <div className="hj-ev-grid">
          {photos.map((p, i) => (
            <PhotoTile
              key={p.key}
              index={i}
              src={p.previewUrl}
              onOpen={() => setOpen(i)}
              onRemove={() => remove(p.key)}
              testId="evidence-staged"
            />
          ))}
        </div>
      ) : null}
      <PhotoChooser
        remaining={max - photos.length}
        max={max}
        onChosen={(more) => onChange((prev) => [...prev, ...more])}
      />
      {photos.length > 0 ? (
        <div className="hj-muted" style={{ marginTop: 4 }}>
          {t('willUpload')}
        </div>
      ) : null}
      <PhotoPreview
        src={open !== null ? (photos[open]?.previewUrl ?? null) : null}
        title={t('open', { n: (open ?? 0) + 1 })}
        onClose={() => setOpen(null)}
      />
    </div>
  );
}
