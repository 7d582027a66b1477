// A case in the merchant console: the complaint, deadlines, the AI mediator's analysis with its suggested
// offer, offers (make / revise), fulfilment, chat and the history. Another merchant's case answers 404.
import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FloatingError } from '../../components/FloatingError';
import { Panel } from '../../components/Panel';
import { Chat } from '../../features/cases/Chat';
import { OfferForm } from '../../features/cases/OfferForm';
import { Offers } from '../../features/cases/Offers';
import { StaffCase } from '../../features/cases/StaffCase';
import { useCaseAction } from '../../features/cases/useCase';
import { api } from '../../lib/api';
import type { CaseDetail } from '../../lib/types';

export default function MerchantCase() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  return (
    <StaffCase
      caseId={caseId}
      forbidden={t('merchant.forbidden')}
      back={{ to: '/m', label: t('merchant.inbox') }}
      audience="merchant"
    >
      {(c) => <MerchantPanels c={c} />}
    </StaffCase>
  );
}

/** What the merchant does on a case: offers, fulfilment, chat. */
function MerchantPanels({ c }: { c: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const { run, busy, error: actionError, dismiss } = useCaseAction(c.id);
  const can = (a: string) => c.allowedActions.includes(a);
  const myOpenOffer = c.offers.some((o) => o.by === 'merchant' && o.status === 'open');
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <FloatingError error={actionError} onClose={dismiss} />
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
  );
}
