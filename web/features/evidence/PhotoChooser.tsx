import { Alert, Button } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shrinkPhoto } from './shrink';
import { type LocalPhoto, localPhoto } from './uploads';

/**
 * "Add photos": the phone offers its camera and its library; each chosen photo is shrunk to a JPEG here
 * before anyone sees or sends it. At most `remaining` are taken.
 */
export function PhotoChooser({
  remaining,
  max,
  onChosen,
}: {
  remaining: number;
  max: number;
  onChosen: (photos: LocalPhoto[]) => void;
}) {
  const { t } = useTranslation('evidence');
  const input = useRef<HTMLInputElement>(null);
  const [preparing, setPreparing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async (files: File[]) => {
    setProblem(null);
    if (files.length === 0) return;
    const taken = files.slice(0, Math.max(0, remaining));
    setPreparing(true);
    const photos: LocalPhoto[] = [];
    let unreadable = 0;
    for (const f of taken) {
      try {
        photos.push(localPhoto(await shrinkPhoto(f)));
      } catch {
        unreadable++;
      }
    }
    setPreparing(false);
    if (unreadable > 0) setProblem(t('unreadable'));
    else if (files.length > taken.length) setProblem(t('tooMany', { max }));
    if (photos.length > 0) onChosen(photos);
  };

  return (
    <div>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/*"
        multiple
        hidden
        data-testid="evidence-input"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = ''; // the same photo may be chosen again after removing it
          void choose(files);
        }}
      />
      <Button
        block
        loading={preparing}
        disabled={remaining <= 0}
        onClick={() => input.current?.click()}
        data-testid="evidence-add"
      >
        {preparing ? t('preparing') : t('add')}
      </Button>
      {problem ? <Alert style={{ marginTop: 8 }} type="warning" showIcon title={problem} role="alert" /> : null}
    </div>
  );
}
