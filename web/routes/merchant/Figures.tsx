// The merchant's own figures (GET /merchants/:id/stats): Statistic cards, complaints and settlements per day and
// by kind of dispute in ECharts (its own lazy chunk, shared with the workbench), and tables by store and status.
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Empty, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Panel } from '../../components/Panel';
import { type MerchantStats, merchantApi } from '../../features/merchant/api';
import { FigureCards, pct } from '../../features/merchant/FigureCards';
import { money } from '../../lib/format';
import { pick } from '../../lib/i18n';
import type { ChartOption } from '../desk/EChart';
import { useMe } from './MerchantLayout';

const EChart = lazy(() => import('../desk/EChart').then((m) => ({ default: m.EChart })));

export default function Figures() {
  const me = useMe();
  const merchantId = me.merchantId!;
  const { t, i18n } = useTranslation('console');
  const { t: tm } = useTranslation();
  const lang = i18n.language;
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const from = range?.[0].format('YYYY-MM-DD');
  const to = range?.[1].format('YYYY-MM-DD');
  const q = useQuery({
    queryKey: ['merchant-stats', merchantId, from, to],
    queryFn: () => merchantApi.stats(merchantId, { from, to }),
    refetchInterval: 60_000,
    // A new range shows the last figures until its own arrive, and again if the server refuses it.
    placeholderData: (previous) => previous,
  });
  const s = q.data;
  const daily = useMemo<ChartOption | null>(() => {
    if (!s) return null;
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('figures.filed'), t('figures.settled')] },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: s.daily.map((d) => d.day.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('figures.filed'), type: 'bar', data: s.daily.map((d) => d.filed) },
        { name: t('figures.settled'), type: 'line', showSymbol: false, data: s.daily.map((d) => d.settled) },
      ],
    };
  }, [s, t]);
  const byCategory = useMemo<ChartOption | null>(() => {
    if (!s || s.byCategory.length === 0) return null;
    const rows = [...s.byCategory].reverse();
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('figures.filed'), t('figures.settled')] },
      grid: { left: 110, right: 16, top: 36, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map((r) => (r.name ? pick(r.name, lang) : t('figures.noCategory'))) },
      series: [
        { name: t('figures.filed'), type: 'bar', data: rows.map((r) => r.filed) },
        { name: t('figures.settled'), type: 'bar', data: rows.map((r) => r.settled) },
      ],
    };
  }, [s, t, lang]);

  // The picker stays whatever happens below it, so a range the server refuses can be changed.
  const picker = (
    <Space wrap style={{ marginBottom: 12 }}>
      <DatePicker.RangePicker
        allowClear
        aria-label={t('figures.range')}
        // The API takes at most 366 days.
        disabledDate={(day, info) => Boolean(info?.from && Math.abs(day.diff(info.from, 'day')) > 365)}
        onChange={(v) => setRange(v?.[0] && v[1] ? [v[0], v[1]] : null)}
      />
      {s ? (
        <span className="hj-muted" data-testid="figures-range">
          {s.range.from} – {s.range.to} · {t('figures.rangeNote')}
        </span>
      ) : null}
    </Space>
  );
  const failure = q.error ? <ErrorNotice error={q.error} onRetry={() => void q.refetch()} /> : null;
  if (!s)
    return (
      <div data-testid="figures-page">
        {picker}
        {failure ?? <Loading />}
      </div>
    );
  return (
    <div data-testid="figures-page">
      {picker}
      {failure}
      <FigureCards m={s.totals} />
      {s.totals.filed === 0 ? <Empty description={t('figures.empty')} style={{ marginBottom: 12 }} /> : null}
      <Suspense fallback={<Loading />}>
        <Panel title={t('figures.daily')}>{daily ? <EChart option={daily} testId="chart-daily" /> : null}</Panel>
        {byCategory ? (
          <>
            <div style={{ height: 12 }} />
            <Panel title={t('figures.byCategory')}>
              <EChart option={byCategory} height={Math.max(200, s.byCategory.length * 40)} testId="chart-category" />
            </Panel>
          </>
        ) : null}
      </Suspense>
      <div style={{ height: 12 }} />
      <Panel title={t('figures.byStore')}>
        <Table<MerchantStats['byStore'][number]>
          rowKey={(r) => r.storeId ?? 'none'}
          size="small"
          pagination={false}
          dataSource={s.byStore}
          locale={{ emptyText: t('figures.empty') }}
          scroll={{ x: 720 }}
          data-testid="by-store"
          columns={[
            { title: t('figures.store'), dataIndex: 'name', render: (n: string | null) => n ?? t('figures.noStore') },
            { title: t('figures.filed'), dataIndex: 'filed' },
            { title: t('figures.settled'), dataIndex: 'settled' },
            { title: t('figures.respondedInTime'), dataIndex: 'respondedInTimeRate', render: pct },
            { title: t('figures.settledInTime'), dataIndex: 'settledInTimeRate', render: pct },
            {
              title: t('figures.overdueNow'),
              dataIndex: 'overdueNow',
              render: (n: number) => (n ? <Tag color="red">{n}</Tag> : n),
            },
            {
              title: tm('stats.refunded'),
              render: (_, r) =>
                r.money.map((x) => money(x.refundMinor + x.compensationMinor, x.currency, lang)).join(' · ') || '—',
            },
          ]}
        />
      </Panel>
      <div style={{ height: 12 }} />
      <Panel title={t('figures.byStatus')}>
        <Space wrap data-testid="by-status">
          {s.byStatus.length === 0
            ? '—'
            : s.byStatus.map((b) => (
                <Tag key={b.status}>
                  {tm(`status.${b.status}`, { defaultValue: b.status })} {b.filed}
                </Tag>
              ))}
        </Space>
      </Panel>
    </div>
  );
}
