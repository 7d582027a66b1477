// The merchant's totals as antd Statistic cards: volumes, the 24-hour answer rate and 7-day resolution rate,
// median times, overdue cases, money and ratings. Definitions: docs/stats.md.
import { Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../components/Panel';
import { money } from '../../lib/format';
import type { MerchantMeasures } from './api';

export const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

export function FigureCards({ m }: { m: MerchantMeasures }) {
  const { t, i18n } = useTranslation('console');
  const lang = i18n.language;
  const span = (h: number | null) =>
    h === null ? '—' : h < 48 ? t('figures.hours', { n: h.toFixed(1) }) : t('figures.days', { n: (h / 24).toFixed(1) });
  const card = (id: string, title: string, value: string | number, color?: string) => (
    <Panel key={id} data-testid={`figure-${id}`}>
      <Statistic title={title} value={value} styles={{ content: { color } }} />
    </Panel>
  );
  return (
    <div className="hj-stats" data-testid="figure-cards">
      {card('filed', t('figures.filed'), m.filed)}
      {card('open', t('figures.open'), m.open)}
      {card('resolutionRate', t('figures.resolutionRate'), pct(m.resolutionRate))}
      {card('respondedInTime', t('figures.respondedInTime'), pct(m.respondedInTimeRate))}
      {card('settledInTime', t('figures.settledInTime'), pct(m.settledInTimeRate))}
      {card('medianResponse', t('figures.medianResponse'), span(m.firstResponseHours.median))}
      {card('medianSettlement', t('figures.medianSettlement'), span(m.settlementHours.median))}
      {card('overdueNow', t('figures.overdueNow'), m.overdueNow, m.overdueNow ? '#cf1322' : undefined)}
      {card('escalated', t('figures.escalated'), m.escalated)}
      {m.money.flatMap((x) => [
        card(`refunded-${x.currency}`, t('figures.refunded'), money(x.refundMinor, x.currency, lang)),
        card(`compensated-${x.currency}`, t('figures.compensated'), money(x.compensationMinor, x.currency, lang)),
      ])}
      {card(
        'rating',
        t('figures.rating'),
        m.ratings.mean === null
          ? t('figures.noRating')
          : t('figures.ratingValue', { mean: m.ratings.mean.toFixed(1), count: m.ratings.count }),
      )}
    </div>
  );
}
