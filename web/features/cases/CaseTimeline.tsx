import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../lib/format';
import type { TimelineEntry } from '../../lib/types';

/** The case history (the tamper-evident audit trail), oldest first. */
export function CaseTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  return (
    <Timeline
      data-testid="timeline"
      items={sorted.map((e) => ({
        key: e.seq,
        color: e.to === 'closed' ? 'green' : e.action.includes('escalat') ? 'red' : 'blue',
        content: (
          <div data-action={e.action} data-to={e.to ?? undefined}>
            <strong>{t(`action.${e.action}`, { defaultValue: e.action })}</strong>
            <span className="hj-muted"> · {t(`role.${e.actorRole}`, { defaultValue: e.actorRole })}</span>
            {e.to && e.from !== e.to ? (
              <span className="hj-muted"> → {t(`status.${e.to}`, { defaultValue: e.to })}</span>
            ) : null}
            <div className="hj-muted">{dateTime(e.at, i18n.language)}</div>
          </div>
        ),
      }))}
    />
  );
}
