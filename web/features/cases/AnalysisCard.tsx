import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../components/Panel';
import { money } from '../../lib/format';
import { pick } from '../../lib/i18n';
import type { Analysis } from '../../lib/types';
import { OfferTerms } from './OfferTerms';

type Remedy = { applies?: boolean; amountMinor?: number; currency?: string; formula?: { zh: string; en: string } };

/**
 * The AI mediator's reading: the dispute category, what the law says (with each article's text), the statutory
 * remedy and the proposed settlement. `audience` picks whose advice to show.
 */
export function AnalysisCard({
  analysis,
  audience,
  compact = false,
}: {
  analysis: Analysis | null | undefined;
  /** 'staff' (mediators, regulators) reads the advice to both sides. */
  audience: 'consumer' | 'merchant' | 'staff';
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!analysis) {
    return (
      <Panel title={t('analysis.title')}>
        <span className="hj-muted">{t('analysis.pending')}</span>
      </Panel>
    );
  }
  const remedy = analysis.remedy as Remedy | null;
  const s = analysis.settlement;
  const strongArticles = analysis.articles.slice(0, compact ? 3 : 6);
  return (
    <Panel title={t('analysis.title')} data-testid="analysis">
      <div className="hj-kv">
        <span className="hj-muted">{t('analysis.category')}</span>
        <span data-testid="analysis-category">
          <Tag color="geekblue">{pick(analysis.categoryName, lang)}</Tag>
          <span className="hj-muted">
            {t('analysis.confidence')} {Math.round(analysis.confidence * 100)}%
          </span>
        </span>
        <span className="hj-muted">{t('analysis.scenario')}</span>
        <span>{pick(analysis.scenario.name, lang)}</span>
      </div>

      {strongArticles.length > 0 ? (
        <>
          <h4 className="hj-h4">{t('analysis.law')}</h4>
          <div className="hj-articles" data-testid="articles">
            {strongArticles.map((a) => (
              <details key={a.ref}>
                <summary>
                  《{a.lawTitle}》{a.no}
                  <div className="hj-muted">{pick(a.reason, lang)}</div>
                </summary>
                <p className="hj-article">{a.text}</p>
              </details>
            ))}
          </div>
        </>
      ) : null}

      {remedy?.applies && remedy.formula ? (
        <>
          <h4 className="hj-h4">{t('analysis.remedy')}</h4>
          <p>
            {typeof remedy.amountMinor === 'number' ? (
              <strong>{money(remedy.amountMinor, remedy.currency ?? 'CNY', lang)} </strong>
            ) : null}
            <span className="hj-muted">{pick(remedy.formula, lang)}</span>
          </p>
        </>
      ) : null}

      {s.terms.length > 0 ? (
        <>
          <h4 className="hj-h4">{t('analysis.settlement')}</h4>
          <OfferTerms terms={s.terms} currency={s.currency} />
          <p>
            {t('analysis.total')} <strong>{money(s.totalMinor, s.currency, lang)}</strong>
            {s.apology ? ` · ${t('term.apology')}` : ''}
          </p>
        </>
      ) : null}

      <h4 className="hj-h4">{t('analysis.guidance')}</h4>
      {audience === 'staff' ? (
        <>
          <p>
            <span className="hj-muted">{t('desk.guidanceConsumer')}：</span>
            {pick(analysis.guidance.consumer, lang)}
          </p>
          <p>
            <span className="hj-muted">{t('desk.guidanceMerchant')}：</span>
            {pick(analysis.guidance.merchant, lang)}
          </p>
        </>
      ) : (
        <p>{pick(analysis.guidance[audience], lang)}</p>
      )}
      <p>
        <Tag color={analysis.route === 'human' ? 'orange' : 'green'}>{t(`analysis.route.${analysis.route}`)}</Tag>
        {analysis.routeReasons.map((r) => (
          <span key={r.code} className="hj-muted">
            {pick(r, lang)}{' '}
          </span>
        ))}
      </p>

      {analysis.missing.length > 0 ? (
        <>
          <h4 className="hj-h4">{t('analysis.missing')}</h4>
          <ul>
            {analysis.missing.map((m) => (
              <li key={m.key}>{pick(m.question, lang)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Panel>
  );
}
