import { useTranslation } from 'react-i18next';
import { money } from '../../lib/format';
import { pick } from '../../lib/i18n';

type Term = Record<string, unknown>;

/** "退款 ¥82.00 · 道歉" — an offer's or a settlement's terms on one line each. */
export function OfferTerms({ terms, currency }: { terms: Term[]; currency: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="hj-terms">
      {terms.map((term, i) => {
        const kind = String(term.kind ?? 'other');
        const amount = typeof term.amountMinor === 'number' ? term.amountMinor : null;
        const raw = term.note;
        const note =
          typeof raw === 'string'
            ? raw
            : raw && typeof raw === 'object'
              ? pick(raw as { zh: string; en: string }, i18n.language)
              : null;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: terms have no id and never reorder
          <li key={i}>
            {t(`term.${kind}`, { defaultValue: kind })}
            {amount !== null ? ` ${money(amount, currency, i18n.language)}` : ''}
            {note ? <span className="hj-muted"> · {note}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
