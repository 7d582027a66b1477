import { useTranslation } from 'react-i18next';

/** One square thumbnail: opens the preview; optionally a remove button and an upload state line. */
export function PhotoTile({
  src,
  index,
  onOpen,
  onRemove,
  state,
  percent,
  children,
  testId,
}: {
  src: string | null;
  index: number;
  onOpen?: () => void;
  onRemove?: () => void;
  state?: string;
  percent?: number;
  children?: React.ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation('evidence');
  return (
    <div className="hj-ev-tile" data-testid={testId}>
      <button
        type="button"
        className="hj-ev-open"
        onClick={onOpen}
        aria-label={t('open', { n: index + 1 })}
        disabled={!src || !onOpen}
      >
        {src ? <img src={src} alt={t('open', { n: index + 1 })} /> : null}
      </button>
      {percent !== undefined ? <div className="hj-ev-bar" style={{ width: `${percent}%` }} /> : null}
      {state ? (
        <div className={`hj-ev-state ${children ? 'failed' : ''}`}>
          {state}
          {children}
        </div>
      ) : null}
      {onRemove ? (
        <button
          type="button"
          className="hj-ev-remove"
          onClick={onRemove}
          aria-label={t('removeNamed', { n: index + 1 })}
          data-testid="evidence-remove"
        >
          ×
        </button>
      ) : null}
    </div>
  );
}
