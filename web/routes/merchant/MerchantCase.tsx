// A case in the merchant console: the complaint, deadlines, the AI mediator's analysis with its suggested
// offer, offers (make / revise), fulfilment, chat and the history. Another merchant's case answers 404.
import { Col, Result, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FloatingError } from '../../components/FloatingError';
import { Loading } from '../../components/Loading';
import { Panel } from '../../components/Panel';
import { AnalysisCard } from '../../features/cases/AnalysisCard';
import { CaseSummaryCard } from '../../features/cases/CaseSummaryCard';
import { CaseTimeline } from '../../features/cases/CaseTimeline';
import { Chat } from '../../features/cases/Chat';
import { Deadlines } from '../../features/cases/Deadlines';
import { OfferForm } from '../../features/cases/OfferForm';
import { Offers } from '../../features/cases/Offers';
import { useCase, useCaseAction } from '../../features/cases/useCase';
import { EvidencePanel } from '../../features/evidence';
import { ApiError, api } from '../../lib/api';

export default function MerchantCase() {
  const { caseId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const q = useCase(caseId, null);
  const { run, busy, error: actionError, dismiss } = useCaseAction(caseId);
  if (q.isPending) return <Loading />;
  if (q.error) {
    if (q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 403)) {
      return (
        <Result
          status="403"
          title={t('merchant.forbidden')}
          data-testid="case-forbidden"
          extra={<Link to="/m">{t('merchant.inbox')}</Link>}
        />
      );
    }
    return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  }
  const c = q.data;
  const can = (a: string) => c.allowedActions.includes(a);
  const myOpenOffer = c.offers.some((o) => o.by === 'merchant' && o.status === 'open');
  return (
    <Row gutter={[16, 16]}>
      <FloatingError error={actionError} onClose={dismiss} />
      <Col xs={24} lg={14}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <CaseSummaryCard
            c={c}
            extra={c.consumer.phoneMasked ? `${t('merchant.consumerPhone')} ${c.consumer.phoneMasked}` : undefined}
          />
          <EvidencePanel caseId={c.id} />
          {c.deadlines.length > 0 ? (
            <Panel title={t('deadline.title')}>
              <Deadlines deadlines={c.deadlines} paused={c.pausedAt !== null} />
            </Panel>
          ) : null}
          <Panel title={t('caseView.offers')}>
            <Offers
              c={c}
              busy={busy}
              onRespond={(o, decision, r) => run(() => api.respondToOffer(c.id, o.id, decision, r))}
            />
          </Panel>
          {can('make_offer') ? (
            <Panel title={myOpenOffer ? t('merchant.reviseOffer') : t('merchant.makeOffer')}>
              <OfferForm
                analysis={c.analysis}
                busy={busy}
                revising={myOpenOffer}
                onSubmit={(input) => run(() => api.command(c.id, 'offers', input))}
              />
            </Panel>
          ) : null}
          {can('confirm_fulfilment') && !c.fulfilment.merchantConfirmed ? (
            <Panel>
              <ConfirmButton
                type="primary"
                loading={busy}
                data-testid="confirm-fulfilment"
                question={t('caseView.confirmFulfilmentText')}
                onConfirm={() => run(() => api.command(c.id, 'fulfilment', {}))}
              >
                {t('caseView.confirmFulfilment')}
              </ConfirmButton>
            </Panel>
          ) : null}
          <Panel title={t('caseView.chat')}>
            <Chat
              c={c}
              busy={busy}
              onSend={(body, kind) => run(() => api.command(c.id, 'messages', { body, kind }))}
              draft={async () => (await api.draft(c.id, i18n.language === 'en' ? 'en' : 'zh')).text}
            />
          </Panel>
        </Space>
      </Col>
      <Col xs={24} lg={10}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <AnalysisCard analysis={c.analysis} audience="merchant" />
          <Panel title={t('caseView.timeline')}>
            <CaseTimeline entries={c.timeline} />
          </Panel>
        </Space>
      </Col>
    </Row>
  );
}
