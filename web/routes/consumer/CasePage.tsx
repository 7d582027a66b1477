// The consumer's case page, /c/:caseId#<token>: status, deadlines, the AI mediator's reading, offers, photos,
// chat, and the lifecycle actions — each shown only when the server lists it in allowedActions.
import { Alert, Button, Input, Modal, Rate } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
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
import { Offers } from '../../features/cases/Offers';
import { useCase, useCaseAction } from '../../features/cases/useCase';
import { EvidencePanel } from '../../features/evidence';
import { ApiError, api } from '../../lib/api';
import { saveCase, tokenFor, tokenFromHash } from '../../lib/caseTokens';
import type { CaseDetail } from '../../lib/types';

export default function CasePage() {
  const { caseId = '' } = useParams();
  const { hash } = useLocation();
  const { t } = useTranslation();
  // The link's fragment carries the token; it is remembered on this device for "my cases". Without one, a
  // consumer signed in with their phone still opens their own cases on the session.
  const token = useMemo(() => tokenFromHash(hash) ?? tokenFor(caseId), [hash, caseId]);
  useEffect(() => {
    if (token) saveCase({ id: caseId, token });
  }, [caseId, token]);
  const q = useCase(caseId, token);
  useEffect(() => {
    if (q.data && token) saveCase({ id: caseId, token, number: q.data.number, title: q.data.title });
  }, [q.data, caseId, token]);

  if (q.isPending) return <Loading />;
  if (q.error) {
    if (q.error instanceof ApiError && [401, 403, 404].includes(q.error.status)) {
      if (!token) return <Alert type="warning" showIcon title={t('caseView.noToken')} data-testid="case-no-token" />;
      return <Alert type="warning" showIcon title={t('caseView.notFound')} data-testid="case-not-found" />;
    }
    return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  }
  return <CaseBody c={q.data} token={token} />;
}

function CaseBody({ c, token }: { c: CaseDetail; token: string | null }) {
  const { t } = useTranslation();
  const { run, busy, error: actionError, dismiss } = useCaseAction(c.id);
  const can = (a: string) => c.allowedActions.includes(a);
  const cmd = (path: string, body: unknown = {}) => run(() => api.command(c.id, path, body, token));
  const [modal, setModal] = useState<null | 'escalate' | 'withdraw'>(null);
  const [reason, setReason] = useState('');
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const canConfirm = can('confirm_fulfilment') && !c.fulfilment.consumerConfirmed;
  const showFulfilment = c.status === 'settled' || c.status === 'fulfilled';
  const canRate = can('rate') && !c.rating;
  const canClose = can('close') && !can('rate');

  return (
    <div className="hj-stack">
      <FloatingError error={actionError} onClose={dismiss} />
      <CaseSummaryCard c={c} />
      {c.deadlines.length > 0 ? (
        <Panel title={t('deadline.title')}>
          <Deadlines deadlines={c.deadlines} paused={c.pausedAt !== null} />
        </Panel>
      ) : null}
      <AnalysisCard analysis={c.analysis} audience="consumer" compact />
      <Panel title={t('caseView.offers')}>
        <Offers
          c={c}
          busy={busy}
          onRespond={(o, decision, r) => run(() => api.respondToOffer(c.id, o.id, decision, r, token))}
        />
      </Panel>

      {canConfirm || canRate || canClose || can('escalate') || can('withdraw') || showFulfilment ? (
        <Panel title={t('caseView.actions')} data-testid="actions">
          <div className="hj-stack">
            {showFulfilment ? (
              <span className="hj-muted" data-testid="fulfilment-state">
                {t('caseView.fulfilmentState', {
                  merchant: c.fulfilment.merchantConfirmed ? t('caseView.yes') : t('caseView.no'),
                  consumer: c.fulfilment.consumerConfirmed ? t('caseView.yes') : t('caseView.no'),
                })}
              </span>
            ) : null}
            {canConfirm ? (
              <ConfirmButton
                type="primary"
                block
                loading={busy}
                data-testid="confirm-fulfilment"
                question={t('caseView.confirmFulfilmentText')}
                onConfirm={() => cmd('fulfilment')}
              >
                {t('caseView.confirmFulfilment')}
              </ConfirmButton>
            ) : null}
            {canRate ? (
              <div data-testid="rate-box">
                <div>{t('caseView.rate')}</div>
                <Rate value={score} onChange={setScore} aria-label={t('caseView.rate')} />
                <Input.TextArea
                  rows={2}
                  maxLength={1000}
                  value={comment}
                  placeholder={t('caseView.ratingComment')}
                  onChange={(e) => setComment(e.target.value)}
                />
                <Button
                  style={{ marginTop: 8 }}
                  type="primary"
                  disabled={score === 0}
                  loading={busy}
                  data-testid="rate-submit"
                  onClick={() => cmd('rating', { score, ...(comment.trim() ? { comment: comment.trim() } : {}) })}
                >
                  {t('caseView.rateSubmit')}
                </Button>
              </div>
            ) : null}
            {canClose ? (
              <Button block onClick={() => cmd('close')} loading={busy}>
                {t('caseView.close')}
              </Button>
            ) : null}
            {can('escalate') ? (
              <Button block onClick={() => setModal('escalate')} data-testid="escalate">
                {t('caseView.escalate')}
              </Button>
            ) : null}
            {can('withdraw') ? (
              <Button block danger type="text" onClick={() => setModal('withdraw')} data-testid="withdraw">
                {t('caseView.withdraw')}
              </Button>
            ) : null}
          </div>
        </Panel>
      ) : null}
      {c.rating ? <Panel>{t('caseView.rated', { score: c.rating.score })}</Panel> : null}

      <EvidencePanel caseId={c.id} caseToken={token} />
      <Panel title={t('caseView.chat')}>
        <Chat c={c} busy={busy} onSend={(body) => cmd('messages', { body })} />
      </Panel>
      <Panel title={t('caseView.timeline')}>
        <CaseTimeline entries={c.timeline} />
      </Panel>
      <p className="hj-muted" style={{ textAlign: 'center' }}>
        {t('caseView.autoRefresh')}
      </p>

      <Modal
        open={modal !== null}
        title={modal === 'escalate' ? t('caseView.escalate') : t('caseView.withdraw')}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: modal === 'withdraw', loading: busy }}
        onCancel={() => setModal(null)}
        onOk={async () => {
          if (!modal) return;
          await cmd(modal, reason.trim() ? { reason: reason.trim() } : {});
          setModal(null);
          setReason('');
        }}
      >
        <p>{modal === 'escalate' ? t('caseView.escalateText') : t('caseView.withdrawText')}</p>
        <label htmlFor="action-reason">{t('caseView.reasonLabel')}</label>
        <Input.TextArea
          id="action-reason"
          rows={3}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </div>
  );
}
