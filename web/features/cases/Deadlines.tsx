import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { dateTime, duration } from '../../lib/format';
import { pick } from '../../lib/i18n';
import type { Deadline } from '../../lib/types';
import { useNow } from './useNow';

/** One deadline: a live countdown while it runs, its outcome once it ended. */
export function DeadlineRow({ d, paused, now }: { d: Deadline; paused: boolean; now: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const days = (n: number) => t('deadline.days', { count: n });
  let state: React.ReactNode;
  if (d.status === 'active') {
    const left = new Date(d.dueAt).getTime() - now;
    state = paused ? (
      <Tag color="default">{t('deadline.paused')}</Tag>
    ) : left >= 0 ? (
      <Tag color={left < 24 * 3600_000 ? 'orange' : 'blue'} data-testid="countdown">
        {t('deadline.remaining', { time: duration(left, days) })}
      </Tag>
    ) : (
      <Tag color="red" data-testid="countdown">
        {t('deadline.overdue', { time: duration(left, days) })}
      </Tag>
    );
  } else {
    const key = d.status === 'met' ? 'deadline.met' : d.status === 'missed' ? 'deadline.missed' : 'deadline.cancelled';
    state = <Tag color={d.status === 'met' ? 'green' : d.status === 'missed' ? 'red' : 'default'}>{t(key)}</Tag>;
  }
  return (
    <div className="hj-deadline">
      <div>
        <strong>{pick(d.label, lang)}</strong>
        <div className="hj-muted">{t('deadline.due', { at: dateTime(d.dueAt, lang) })}</div>
      </div>
      <div>{state}</div>
    </div>
  );
}

export function Deadlines({ deadlines, paused }: { deadlines: Deadline[]; paused: boolean }) {
  const now = useNow();
  if (deadlines.length === 0) return null;
  // Running ones first, soonest first; then the ended ones, latest first.
  const sorted = [...deadlines].sort((a, b) =>
    a.status === 'active' && b.status !== 'active'
      ? -1
      : b.status === 'active' && a.status !== 'active'
        ? 1
        : a.status === 'active'
          ? a.dueAt.localeCompare(b.dueAt)
          : b.dueAt.localeCompare(a.dueAt),
  );
  return (
    <div className="hj-deadlines">
      {sorted.map((d) => (
        <DeadlineRow key={`${d.kind}-${d.startedAt}`} d={d} paused={paused} now={now} />
      ))}
    </div>
  );
}
