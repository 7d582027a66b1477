import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../components/Panel';
import { dateTime, money } from '../../lib/format';
import type { CaseDetail } from '../../lib/types';

export const STATUS_COLOR: Record<string, string> = {
  awaiting_response: 'orange',
  negotiating: 'blue',
  settled: 'cyan',
  fulfilled: 'green',
  closed: 'green',
  in_mediation: 'purple',
  regulator_review: 'magenta',
  regulator_mediation: 'magenta',
  withdrawn: 'default',
  rejected: 'default',
};

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status] ?? 'default'} data-testid="case-status" data-status={status}>
      {t(`status.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** Number, status, merchant, purchase and the complaint itself. */
export function CaseSummaryCard({ c, extra }: { c: CaseDetail; extra?: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const p = c.purchase as { amountMinor?: number; currency?: string; verified?: boolean };
  return (
    <Panel
      title={
        <span>
          {c.title || c.number} <StatusTag status={c.status} />
        </span>
      }
      extra={extra}
    >
      <div className="hj-kv">
        <span className="hj-muted">{t('caseView.number')}</span>
        <span data-testid="case-number">{c.number}</span>
        <span className="hj-muted">{t('caseView.merchant')}</span>
        <span>{c.merchant ? c.merchant.name : t('common.none')}</span>
        <span className="hj-muted">{t('caseView.filedAt')}</span>
        <span>{dateTime(c.filedAt, lang)}</span>
        {typeof p.amountMinor === 'number' ? (
          <>
            <span className="hj-muted">{t('caseView.purchase')}</span>
            <span>
              {money(p.amountMinor, p.currency ?? 'CNY', lang)}{' '}
              <Tag color={p.verified ? 'green' : 'default'}>
                {p.verified ? t('caseView.verified') : t('caseView.unverified')}
              </Tag>
            </span>
          </>
        ) : null}
        {c.claim ? (
          <>
            <span className="hj-muted">{t('caseView.claim')}</span>
            <span>{money(c.claim.amountMinor, c.claim.currency, lang)}</span>
          </>
        ) : null}
        <span className="hj-muted">{t('caseView.stage')}</span>
        <span>{t(`tier.${c.tier}`, { defaultValue: c.tier })}</span>
      </div>
      <h4 className="hj-h4">{t('caseView.description')}</h4>
      <p className="hj-pre">{c.description}</p>
    </Panel>
  );
}
