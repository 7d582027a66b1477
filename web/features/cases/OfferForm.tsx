// Make or revise an offer: terms (kind, amount, note) and a message; "use the suggestion" fills it from the
// AI mediator's proposed settlement.
import { Button, Input, InputNumber, Select, Space } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../lib/i18n';
import type { Analysis } from '../../lib/types';

export const TERM_KINDS = ['refund', 'return', 'exchange', 'repair', 'compensation', 'apology', 'other'] as const;
type TermKind = (typeof TERM_KINDS)[number];
export type TermDraft = { kind: TermKind; yuan: number | null; note: string };
export type OfferInput = { terms: { kind: TermKind; amountMinor?: number; note?: string }[]; message?: string };

/** The mediator's settlement as editable terms (its kinds outside the offer kinds become "other"). */
export function termsFromSettlement(s: Analysis['settlement'], lang: string): TermDraft[] {
  const terms: TermDraft[] = s.terms.map((term) => {
    const kind = (TERM_KINDS as readonly string[]).includes(String(term.kind)) ? (term.kind as TermKind) : 'other';
    const note = term.note && typeof term.note === 'object' ? pick(term.note as { zh: string; en: string }, lang) : '';
    return { kind, yuan: typeof term.amountMinor === 'number' ? term.amountMinor / 100 : null, note };
  });
  if (s.apology && !terms.some((x) => x.kind === 'apology')) terms.push({ kind: 'apology', yuan: null, note: '' });
  return terms;
}

export function toOfferInput(terms: TermDraft[], message: string): OfferInput {
  return {
    terms: terms.map((x) => ({
      kind: x.kind,
      ...(x.yuan !== null && x.kind !== 'apology' ? { amountMinor: Math.round(x.yuan * 100) } : {}),
      ...(x.note.trim() ? { note: x.note.trim() } : {}),
    })),
    ...(message.trim() ? { message: message.trim() } : {}),
  };
}

export function OfferForm({
  analysis,
  busy,
  revising,
  onSubmit,
  submitLabel,
  submitTestId = 'send-offer',
  messageLabel,
}: {
  analysis: Analysis | null;
  busy: boolean;
  revising: boolean;
  onSubmit: (input: OfferInput) => Promise<unknown>;
  /** The workbench reuses the form for a mediator's proposal and a mediated agreement's terms. */
  submitLabel?: string;
  submitTestId?: string;
  messageLabel?: string;
}) {
  const { t, i18n } = useTranslation();
  const [terms, setTerms] = useState<TermDraft[]>([{ kind: 'refund', yuan: null, note: '' }]);
  const [message, setMessage] = useState('');
  const messageId = useId();
  const update = (i: number, patch: Partial<TermDraft>) =>
    setTerms((ts) => ts.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <form
      data-testid="offer-form"
      onSubmit={async (e) => {
        e.preventDefault();
        await onSubmit(toOfferInput(terms, message));
      }}
    >
      {analysis && analysis.settlement.terms.length > 0 ? (
        <Button
          style={{ marginBottom: 8 }}
          data-testid="use-suggestion"
          onClick={() => {
            setTerms(termsFromSettlement(analysis.settlement, i18n.language));
            if (!message) setMessage(pick(analysis.settlement.summary, i18n.language));
          }}
        >
          {t('merchant.useSuggestion')}
        </Button>
      ) : null}
      {terms.map((term, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and never reordered
        <Space key={i} wrap style={{ display: 'flex', marginBottom: 8 }} data-testid="term-row">
          <Select
            aria-label={t('merchant.terms')}
            style={{ width: 120 }}
            value={term.kind}
            options={TERM_KINDS.map((k) => ({ value: k, label: t(`term.${k}`) }))}
            onChange={(v) => update(i, { kind: v })}
          />
          {term.kind !== 'apology' ? (
            <InputNumber
              aria-label={t('merchant.amount')}
              placeholder={t('merchant.amount')}
              min={0}
              step={1}
              precision={2}
              value={term.yuan}
              onChange={(v) => update(i, { yuan: typeof v === 'number' ? v : null })}
            />
          ) : null}
          <Input
            aria-label={t('merchant.note')}
            placeholder={t('merchant.note')}
            style={{ width: 200 }}
            value={term.note}
            onChange={(e) => update(i, { note: e.target.value })}
          />
          {terms.length > 1 ? (
            <Button type="text" onClick={() => setTerms((ts) => ts.filter((_, j) => j !== i))}>
              ✕
            </Button>
          ) : null}
        </Space>
      ))}
      <Button type="dashed" onClick={() => setTerms((ts) => [...ts, { kind: 'compensation', yuan: null, note: '' }])}>
        {t('merchant.addTerm')}
      </Button>
      <label htmlFor={messageId} className="hj-label">
        {messageLabel ?? t('merchant.offerMessage')}
      </label>
      <Input.TextArea
        id={messageId}
        rows={2}
        maxLength={2000}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
      />
      <Button style={{ marginTop: 8 }} type="primary" htmlType="submit" loading={busy} data-testid={submitTestId}>
        {submitLabel ?? (revising ? t('merchant.reviseOffer') : t('merchant.sendOffer'))}
      </Button>
    </form>
  );
}
