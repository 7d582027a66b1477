import { Button, type ButtonProps, Input, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { dateTime, money } from '../../lib/format';
import type { CaseDetail, Offer } from '../../lib/types';
import { OfferTerms } from './OfferTerms';

const STATUS_COLOR: Record<string, string> = { open: 'processing', accepted: 'success', rejected: 'error' };

/** The viewer's party as offers name it ('merchant' for merchant staff …). */
function partyOf(viewerRole: string): string {
  return viewerRole === 'regulator' ? 'mediator' : viewerRole;
}

/**
 * Every offer, newest first. The other side's open offer gets accept / reject buttons when the lifecycle
 * allows them (allowedActions); rejecting asks for a reason the other side will read.
 */
export function Offers({
  c,
  onRespond,
  busy,
}: {
  c: CaseDetail;
  onRespond: (offer: Offer, decision: 'accept' | 'reject', reason?: string) => Promise<unknown>;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [rejecting, setRejecting] = useState<Offer | null>(null);
  const [reason, setReason] = useState('');
  const me = partyOf(c.viewerRole);
  const canAccept = c.allowedActions.includes('accept_offer');
  const canReject = c.allowedActions.includes('reject_offer');
  const offers = [...c.offers].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  if (offers.length === 0) return <p className="hj-muted">{t('caseView.noOffers')}</p>;
  return (
    <>
      {offers.map((o) => {
        const theirs = o.status === 'open' && o.by !== me;
        return (
          <div key={o.id} className="hj-offer" data-testid="offer" data-status={o.status}>
            <div className="hj-offer-head">
              <span>
                {t(`role.${o.by}`, { defaultValue: o.by })} · {dateTime(o.createdAt, lang)}
              </span>
              <Tag color={STATUS_COLOR[o.status] ?? 'default'}>
                {t(`offerStatus.${o.status}`, { defaultValue: o.status })}
              </Tag>
            </div>
            <OfferTerms terms={o.terms} currency={o.currency} />
            <div>
              {t('analysis.total')} <strong>{money(o.totalMinor, o.currency, lang)}</strong>
            </div>
            {o.message ? <p className="hj-quote">{o.message}</p> : null}
            {o.responseReason ? <p className="hj-muted">“{o.responseReason}”</p> : null}
            {theirs && (canAccept || canReject) ? (
              <Space wrap>
                {canAccept ? (
                  <ConfirmButton
                    type="primary"
                    loading={busy}
                    data-testid="accept-offer"
                    question={t('caseView.acceptText')}
                    onConfirm={() => onRespond(o, 'accept')}
                  >
                    {t('caseView.accept')}
                  </ConfirmButton>
                ) : null}
                {canReject ? (
                  <Button danger disabled={busy} onClick={() => setRejecting(o)} data-testid="reject-offer">
                    {t('caseView.reject')}
                  </Button>
                ) : null}
              </Space>
            ) : null}
          </div>
        );
      })}
      <Modal
        open={rejecting !== null}
        title={t('caseView.rejectTitle')}
        okText={t('caseView.reject')}
        okButtonProps={{ danger: true, loading: busy, 'data-testid': 'reject-confirm' } as ButtonProps}
        cancelText={t('common.cancel')}
        onCancel={() => setRejecting(null)}
        onOk={async () => {
          if (!rejecting) return;
          await onRespond(rejecting, 'reject', reason.trim() || undefined);
          setRejecting(null);
          setReason('');
        }}
      >
        <label htmlFor="reject-reason">{t('caseView.reasonLabel')}</label>
        <Input.TextArea
          id="reject-reason"
          rows={3}
          maxLength={1000}
          value={reason}
          placeholder={t('caseView.reasonPlaceholder')}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
