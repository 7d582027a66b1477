// The workbench dashboard (GET /regions/:code/stats): totals with the resolution rate, response and
// settlement times and overdue cases; filings and settlements per day; cases by district and by industry.
// A regulator sees the whole region, a mediator their organisation's cases (the API decides the scope).
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Space, Statistic, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Panel } from '../../components/Panel';
import { useMe } from '../../features/console/ConsoleLayout';
import { api } from '../../lib/api';
import { money } from '../../lib/format';
import { pick } from '../../lib/i18n';
import type { RegionStats, StatsMeasures } from '../../lib/types';
import { type ChartOption, EChart } from './EChart';

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const hours = (h: number | null) => (h === null ? '—' : h < 48 ? `${h.toFixed(1)} h` : `${(h / 24).toFixed(1)} d`);

function Totals({ m }: { m: StatsMeasures }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="hj-stats" data-testid="stats-totals">
      <Panel>
        <Statistic title={t('stats.filed')} value={m.filed} />
      </Panel>
      <Panel>
        <Statistic title={t('stats.open')} value={m.open} />
      </Panel>
      <Panel>
        <Statistic title={t('stats.resolutionRate')} value={pct(m.resolutionRate)} />
      </Panel>
      <Panel>
        <Statistic title={t('stats.respondedInTime')} value={pct(m.respondedInTimeRate)} />
      </Panel>
      <Panel>
        <Statistic
          title={t('stats.firstResponse')}
          value={`${hours(m.firstResponseHours.median)} / ${hours(m.firstResponseHours.p90)}`}
        />
      </Panel>
      <Panel>
        <Statistic
          title={t('stats.settlement')}
          value={`${hours(m.settlementHours.median)} / ${hours(m.settlementHours.p90)}`}
        />
      </Panel>
      <Panel>
        <Statistic
          title={t('stats.overdueNow')}
          value={m.overdueNow}
          styles={{ content: { color: m.overdueNow ? '#cf1322' : undefined } }}
        />
      </Panel>
      <Panel>
        <Statistic title={t('stats.escalated')} value={m.escalated} />
      </Panel>
      {m.money.map((x) => (
        <Panel key={x.currency}>
          <Statistic
            title={t('stats.refunded')}
            value={money(x.refundMinor + x.compensationMinor, x.currency, i18n.language)}
          />
        </Panel>
      ))}
    </div>
  );
}

export default function Dashboard() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const code = me.region?.code ?? '';
  const from = range?.[0].format('YYYY-MM-DD');
  const to = range?.[1].format('YYYY-MM-DD');
  const q = useQuery({
    queryKey: ['stats', code, from, to],
    queryFn: () => api.regionStats(code, { from, to }),
    enabled: code !== '',
    refetchInterval: 60_000,
  });
  const daily = useMemo<ChartOption | null>(() => {
    const s = q.data;
    if (!s) return null;
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('stats.filed'), t('stats.settled')] },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: s.daily.map((d) => d.day.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('stats.filed'), type: 'line', smooth: true, data: s.daily.map((d) => d.filed) },
        { name: t('stats.settled'), type: 'line', smooth: true, data: s.daily.map((d) => d.settled) },
      ],
    };
  }, [q.data, t]);
  const byIndustry = useMemo<ChartOption | null>(() => {
    const s = q.data;
    if (!s) return null;
    const rows = [...s.byIndustry].sort((a, b) => a.filed - b.filed);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('stats.filed'), t('stats.settled'), t('stats.escalated')] },
      grid: { left: 90, right: 16, top: 36, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: rows.map((r) => (r.name ? pick(r.name, i18n.language) : t('stats.noIndustry'))),
      },
      series: [
        { name: t('stats.filed'), type: 'bar', data: rows.map((r) => r.filed) },
        { name: t('stats.settled'), type: 'bar', data: rows.map((r) => r.settled) },
        { name: t('stats.escalated'), type: 'bar', data: rows.map((r) => r.escalated) },
      ],
    };
  }, [q.data, t, i18n.language]);
  if (!code) return <ErrorNotice error={new Error('no region')} />;
  if (q.error) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <Loading />;
  const s = q.data;
  return (
    <div data-testid="dashboard">
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          allowClear
          onChange={(v) => setRange(v?.[0] && v[1] ? [v[0], v[1]] : null)}
          aria-label={t('stats.range')}
        />
        <span className="hj-muted">
          {s.range.from} – {s.range.to} · {s.scope === 'org' ? t('stats.scopeOrg') : t('stats.scopeRegion')}
        </span>
      </Space>
      <Totals m={s.totals} />
      <Panel title={t('stats.daily')}>{daily ? <EChart option={daily} testId="chart-daily" /> : null}</Panel>
      <div style={{ height: 12 }} />
      <Panel title={t('stats.byIndustry')}>
        {byIndustry ? (
          <EChart option={byIndustry} height={Math.max(220, s.byIndustry.length * 36)} testId="chart-industry" />
        ) : null}
      </Panel>
      <div style={{ height: 12 }} />
      <Panel title={t('stats.byDistrict')}>
        <Table<RegionStats['byDistrict'][number]>
          rowKey={(r) => r.districtId ?? 'none'}
          size="small"
          pagination={false}
          dataSource={[...s.byDistrict].sort((a, b) => b.filed - a.filed)}
          scroll={{ x: 720 }}
          columns={[
            { title: t('stats.district'), dataIndex: 'name', render: (n: string | null) => n ?? t('stats.noDistrict') },
            { title: t('stats.filed'), dataIndex: 'filed' },
            { title: t('stats.open'), dataIndex: 'open' },
            { title: t('stats.settled'), dataIndex: 'settled' },
            { title: t('stats.resolutionRate'), dataIndex: 'resolutionRate', render: pct },
            { title: t('stats.respondedInTime'), dataIndex: 'respondedInTimeRate', render: pct },
            {
              title: t('stats.overdueNow'),
              dataIndex: 'overdueNow',
              render: (n: number) => (n ? <Tag color="red">{n}</Tag> : n),
            },
          ]}
        />
      </Panel>
    </div>
  );
}
