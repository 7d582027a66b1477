// A case on the workbench: both sides' history (offers, messages, timeline), the AI mediator's reading with
// its advice to both, and what the case's allowedActions let the mediator or regulator do: take or assign
// the case, propose terms, record a mediated agreement or a failure, accept or decline a complaint, refer,
// transfer, reject, and write to the parties (with the AI draft).
import { Input, Select, Space } from 'antd';
import { type ReactNode, useState } from 'react';
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
import { Assignment } from './Assignment';
import { IdentifyMerchant } from './IdentifyMerchant';

const REFER_TO = ['arbitration', 'court', 'formal_complaint'] as const;
const REJECT_REASONS = ['out_of_scope', 'duplicate'] as const;

/** A free-text note for a confirmed action. */
function NoteInput({ value, onChange, testId }: { value: string; onChange: (v: string) => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Input
      aria-label={t('desk.note')}
      placeholder={t('desk.note')}
      maxLength={1000}
      value={value}
      data-testid={testId}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

const withNote = (note: string) => (note.trim() ? { note: note.trim() } : {});

/** One titled row of the actions panel. */
function ActionRow({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="hj-desk-action">
      <h4 className="hj-h4">{title}</h4>
      <Space wrap>{children}</Space>
    </div>
  );
}

function Actions({ c, busy, run }: { c: CaseDetail; busy: boolean; run: (fn: () => Promise<CaseDetail>) => void }) {
  const { t } = useTranslation();
  const can = (a: string) => c.allowedActions.includes(a);
  const [failureNote, setFailureNote] = useState('');
  const [declineReason, setDeclineReason] = useState('');
  const [referTo, setReferTo] = useState<(typeof REFER_TO)[number]>('arbitration');
  const [referNote, setReferNote] = useState('');
  const [region, setRegion] = useState('');
  const [partner, setPartner] = useState('');
  const [transferNote, setTransferNote] = useState('');
  const [rejectReason, setRejectReason] = useState<(typeof REJECT_REASONS)[number]>('out_of_scope');
  const [rejectNote, setRejectNote] = useState('');
  const rows: ReactNode[] = [];
  if (can('record_failure')) {
    rows.push(
      <ActionRow key="failure" title={t('desk.recordFailure')}>
        <NoteInput value={failureNote} onChange={setFailureNote} />
        <ConfirmButton
          danger
          loading={busy}
          data-testid="record-failure"
          question={t('desk.failureText')}
          onConfirm={() =>
            run(() => api.command(c.id, 'mediation-outcome', { outcome: 'failure', ...withNote(failureNote) }))
          }
        >
          {t('desk.recordFailure')}
        </ConfirmButton>
      </ActionRow>,
    );
  }
  if (can('accept_complaint') || can('decline_complaint')) {
    const reason = declineReason.trim() ? { reason: declineReason.trim() } : {};
    rows.push(
      <ActionRow key="decision" title={t('desk.decision')}>
        {can('accept_complaint') ? (
          <ConfirmButton
            type="primary"
            loading={busy}
            data-testid="accept-complaint"
            question={t('desk.acceptComplaint')}
            onConfirm={() => run(() => api.command(c.id, 'regulator-decision', { decision: 'accept', ...reason }))}
          >
            {t('desk.acceptComplaint')}
          </ConfirmButton>
        ) : null}
        {can('decline_complaint') ? (
          <>
            <NoteInput value={declineReason} onChange={setDeclineReason} />
            <ConfirmButton
              danger
              loading={busy}
              data-testid="decline-complaint"
              question={t('desk.declineText')}
              onConfirm={() => run(() => api.command(c.id, 'regulator-decision', { decision: 'decline', ...reason }))}
            >
              {t('desk.declineComplaint')}
            </ConfirmButton>
          </>
        ) : null}
      </ActionRow>,
    );
  }
  if (can('refer')) {
    rows.push(
      <ActionRow key="refer" title={t('desk.refer')}>
        <Select
          aria-label={t('desk.refer')}
          style={{ width: 140 }}
          value={referTo}
          onChange={setReferTo}
          options={REFER_TO.map((x) => ({ value: x, label: t(`desk.referTo.${x}`) }))}
        />
        <NoteInput value={referNote} onChange={setReferNote} />
        <ConfirmButton
          loading={busy}
          data-testid="refer"
          question={t('desk.referText')}
          onConfirm={() => run(() => api.command(c.id, 'refer', { to: referTo, ...withNote(referNote) }))}
        >
          {t('desk.refer')}
        </ConfirmButton>
      </ActionRow>,
    );
  }
  if (can('transfer')) {
    const target = region.trim() ? { region: region.trim() } : partner.trim() ? { partner: partner.trim() } : null;
    rows.push(
      <ActionRow key="transfer" title={t('desk.transfer')}>
        <Input
          aria-label={t('desk.transferRegion')}
          placeholder={t('desk.transferRegion')}
          style={{ width: 120 }}
          value={region}
          onChange={(e) => setRegion(e.target.value)}
        />
        <Input
          aria-label={t('desk.transferPartner')}
          placeholder={t('desk.transferPartner')}
          style={{ width: 200 }}
          value={partner}
          onChange={(e) => setPartner(e.target.value)}
        />
        <NoteInput value={transferNote} onChange={setTransferNote} />
        <ConfirmButton
          loading={busy}
          disabled={!target}
          question={t('desk.transferText')}
          onConfirm={() =>
            target ? run(() => api.command(c.id, 'transfer', { target, ...withNote(transferNote) })) : undefined
          }
        >
          {t('desk.transfer')}
        </ConfirmButton>
      </ActionRow>,
    );
  }
  if (can('reject')) {
    rows.push(
      <ActionRow key="reject" title={t('desk.reject')}>
        <Select
          aria-label={t('desk.reject')}
          style={{ width: 160 }}
          value={rejectReason}
          onChange={setRejectReason}
          options={REJECT_REASONS.map((x) => ({ value: x, label: t(`desk.rejectReason.${x}`) }))}
        />
        <NoteInput value={rejectNote} onChange={setRejectNote} />
        <ConfirmButton
          danger
          loading={busy}
          question={t('desk.rejectText')}
          onConfirm={() => run(() => api.command(c.id, 'reject', { reason: rejectReason, ...withNote(rejectNote) }))}
        >
          {t('desk.reject')}
        </ConfirmButton>
      </ActionRow>,
    );
  }
  if (rows.length === 0) return null;
  return (
    <Panel title={t('desk.actions')}>
      <div data-testid="desk-actions">{rows}</div>
    </Panel>
  );
}

export default function DeskCase() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  return (
    <StaffCase
      caseId={caseId}
      forbidden={t('desk.forbidden')}
      back={{ to: '/desk', label: t('desk.queue') }}
      audience="staff"
    >
      {(c) => <DeskPanels c={c} />}
    </StaffCase>
  );
}

/** What the mediator or regulator does on a case, as its allowedActions allow. */
function DeskPanels({ c }: { c: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const action = useCaseAction(c.id);
  const { busy } = action;
  const run = (fn: () => Promise<CaseDetail>) => void action.run(fn);
  const can = (a: string) => c.allowedActions.includes(a);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <FloatingError error={action.error} onClose={action.dismiss} />
      {can('identify_merchant') ? <IdentifyMerchant c={c} busy={busy} run={run} /> : null}
      <Assignment c={c} busy={busy} run={run} />
      <Panel title={t('caseView.offers')}>
        <Offers
          c={c}
          busy={busy}
          onRespond={(o, decision, r) => action.run(() => api.respondToOffer(c.id, o.id, decision, r))}
        />
      </Panel>
      {can('record_agreement') ? (
        <Panel title={t('desk.agreementTerms')}>
          <OfferForm
            analysis={c.analysis}
            busy={busy}
            revising={false}
            submitLabel={t('desk.recordAgreement')}
            submitTestId="record-agreement"
            messageLabel={t('desk.agreementNote')}
            onSubmit={({ terms, message }) =>
              action.run(() =>
                api.command(c.id, 'mediation-outcome', {
                  outcome: 'agreement',
                  terms,
                  ...(message ? { note: message } : {}),
                }),
              )
            }
          />
        </Panel>
      ) : null}
      {can('make_offer') ? (
        <Panel title={t('desk.proposal')}>
          <OfferForm
            analysis={c.analysis}
            busy={busy}
            revising={false}
            submitLabel={t('desk.sendProposal')}
            submitTestId="send-proposal"
            onSubmit={(input) => action.run(() => api.command(c.id, 'offers', input))}
          />
        </Panel>
      ) : null}
      <Actions c={c} busy={busy} run={run} />
      <Panel title={t('caseView.chat')}>
        <Chat
          c={c}
          busy={busy}
          onSend={(body, kind) => action.run(() => api.command(c.id, 'messages', { body, kind }))}
          draft={async () => (await api.draft(c.id, i18n.language === 'en' ? 'en' : 'zh')).text}
        />
      </Panel>
    </Space>
  );
}
