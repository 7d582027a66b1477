// Filing a complaint, /c/file?receipt=<token> | ?code=<short code> | ?store=<storeId>: the purchase as the
// payment institution proves it, the complaint, and the AI mediator's reading as the consumer types.
// The draft and the Idempotency-Key live in sessionStorage: a reload loses nothing, a retry never files twice.
// Photos are kept in memory (shrunk) and uploaded right after the case is created, while the case page opens.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Input, Space, Tag } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { AnalysisCard } from '../../features/cases/AnalysisCard';
import { EvidencePicker, type LocalPhoto, queueUploads } from '../../features/evidence';
import { api } from '../../lib/api';
import { saveCase } from '../../lib/caseTokens';
import { errorText } from '../../lib/errors';
import { dateTime, money, yuanToMinor } from '../../lib/format';
import { pick } from '../../lib/i18n';
import type { Analysis } from '../../lib/types';

type Target =
  | { kind: 'receipt'; receipt: string }
  | { kind: 'code'; code: string }
  | { kind: 'store'; storeId: string };
type Draft = { description: string; demands: string[]; claim: string; phone: string; touched: boolean };
const EMPTY: Draft = { description: '', demands: [], claim: '', phone: '', touched: false };

function targetOf(sp: URLSearchParams): Target | null {
  const receipt = sp.get('receipt');
  if (receipt) return { kind: 'receipt', receipt };
  const code = sp.get('code');
  if (code) return { kind: 'code', code };
  const store = sp.get('store');
  if (store) return { kind: 'store', storeId: store };
  return null;
}

function useDraft(key: string) {
  const load = (): { draft: Draft; idem: string } => {
    try {
      const v = JSON.parse(sessionStorage.getItem(key) ?? 'null') as { draft: Draft; idem: string } | null;
      if (v?.idem) return { draft: { ...EMPTY, ...v.draft }, idem: v.idem };
    } catch {
      // no storage: start empty
    }
    return { draft: EMPTY, idem: crypto.randomUUID() };
  };
  const [state, setState] = useState(load);
  useEffect(() => {
    try {
      sessionStorage.setItem(key, JSON.stringify(state));
    } catch {
      // private mode: the draft lasts for this page only
    }
  }, [key, state]);
  return {
    draft: state.draft,
    idem: state.idem,
    set: (patch: Partial<Draft>) => setState((s) => ({ ...s, draft: { ...s.draft, ...patch } })),
    clear: () => sessionStorage.removeItem(key),
  };
}

export default function FilePage() {
  const [sp] = useSearchParams();
  const target = useMemo(() => targetOf(sp), [sp]);
  if (!target) return <CodeEntry />;
  return <FileForm target={target} key={JSON.stringify(target)} />;
}

function CodeEntry() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  return (
    <Panel title={t('file.title')}>
      <p className="hj-muted">{t('file.noProof')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (code.trim()) navigate(`/c/file?code=${encodeURIComponent(code.trim())}`);
        }}
      >
        <label htmlFor="code">{t('file.code')}</label>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            id="code"
            value={code}
            placeholder={t('file.codePlaceholder')}
            onChange={(e) => setCode(e.target.value)}
          />
          <Button htmlType="submit" type="primary">
            {t('file.lookUp')}
          </Button>
        </Space.Compact>
      </form>
    </Panel>
  );
}

function FileForm({ target }: { target: Target }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const storageKey = `hejie.file.${target.kind}:${target.kind === 'receipt' ? target.receipt.slice(-32) : target.kind === 'code' ? target.code : target.storeId}`;
  const { draft, idem, set, clear } = useDraft(storageKey);
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [photos, setPhotos] = useState<LocalPhoto[]>([]);
  // Previews of photos never handed to the upload queue are released when the page goes.
  const staged = useRef<LocalPhoto[]>([]);
  staged.current = photos;
  useEffect(
    () => () => {
      for (const p of staged.current) URL.revokeObjectURL(p.previewUrl);
    },
    [],
  );

  const purchase = useQuery({
    queryKey: ['purchase', target],
    enabled: target.kind !== 'store',
    queryFn: () =>
      api.verifyReceipt(
        target.kind === 'receipt' ? { receipt: target.receipt } : { shortCode: (target as { code: string }).code },
      ),
    retry: false,
  });
  const labels = useQuery({ queryKey: ['labels'], queryFn: api.labels, staleTime: Number.POSITIVE_INFINITY });

  // The mediator's reading, asked for on every pause in typing; the newest answer wins.
  const [reading, setReading] = useState<Analysis | null>(null);
  const seq = useRef(0);
  // Re-ask only when the text or the purchase changes (not when the suggested demands are set).
  // biome-ignore lint/correctness/useExhaustiveDependencies: deliberate, see above
  useEffect(() => {
    const text = draft.description.trim();
    if (text.length < 5) return;
    const my = ++seq.current;
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      const p = purchase.data;
      api
        .analyze(
          text,
          p ? { amountMinor: p.amountMinor, currency: p.currency, paidAt: p.paidAt } : undefined,
          ctl.signal,
        )
        .then((a) => {
          if (my !== seq.current) return;
          setReading(a);
          // Until the consumer picks demands themselves, suggest the likely ones.
          if (!draft.touched) set({ demands: a.demands.filter((d) => d.probability >= 0.5).map((d) => d.code) });
        })
        .catch(() => undefined);
    }, 500);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [draft.description, purchase.data]);

  const submit = async () => {
    setFormError(null);
    if (draft.description.trim().length < 5) return setFormError(t('file.descriptionTooShort'));
    if (draft.demands.length === 0) return setFormError(t('file.demandsRequired'));
    const body: Record<string, unknown> = { description: draft.description.trim(), demands: draft.demands };
    if (target.kind === 'receipt') body.receipt = target.receipt;
    else if (target.kind === 'code') body.shortCode = target.code;
    else body.merchant = { storeId: target.storeId };
    const claim = yuanToMinor(draft.claim);
    if (claim !== null) body.claim = { amountMinor: claim, currency: 'CNY' };
    if (draft.phone.trim()) body.phone = draft.phone.trim();
    setSubmitting(true);
    try {
      const filed = await api.fileCase(body, idem);
      saveCase({ id: filed.id, token: filed.accessToken, number: filed.number });
      clear();
      // The case exists now, whatever happens to the photos: they upload in the background and the case
      // page shows their progress, and a retry for any that fails.
      queueUploads(filed.id, filed.accessToken, photos);
      staged.current = [];
      setPhotos([]);
      navigate(`/c/${filed.id}#${filed.accessToken}`);
    } catch (err) {
      setFormError(errorText(err, t, lang));
    } finally {
      setSubmitting(false);
    }
  };

  const p = purchase.data;
  const demandOptions = (labels.data?.demands ?? []).map((d) => ({ value: d.code, label: pick(d, lang) }));
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {target.kind !== 'store' ? (
        <Panel title={t('file.purchase')} data-testid="purchase">
          {purchase.isPending ? (
            <span className="hj-muted">{t('file.checkingReceipt')}</span>
          ) : purchase.error ? (
            <ErrorNotice error={purchase.error} />
          ) : p ? (
            <div className="hj-kv">
              <span className="hj-muted">{t('file.merchant')}</span>
              <span>{p.merchant?.name ?? t('common.none')}</span>
              <span className="hj-muted">{t('file.amount')}</span>
              <span>
                {money(p.amountMinor, p.currency, lang)} <Tag color="green">{t('file.verified')}</Tag>
              </span>
              <span className="hj-muted">{t('file.paidAt')}</span>
              <span>{dateTime(p.paidAt, lang)}</span>
              <span className="hj-muted">{t('file.institution')}</span>
              <span>{p.institution.name}</span>
              {p.items.length > 0 ? (
                <>
                  <span className="hj-muted">{t('file.items')}</span>
                  <span>{p.items.map((i) => i.name).join('、')}</span>
                </>
              ) : null}
            </div>
          ) : null}
        </Panel>
      ) : null}

      {purchase.error ? null : (
        <Panel title={t('file.title')}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <label htmlFor="description" className="hj-label">
              {t('file.description')}
            </label>
            <Input.TextArea
              id="description"
              rows={5}
              maxLength={5000}
              value={draft.description}
              placeholder={t('file.descriptionPlaceholder')}
              onChange={(e) => set({ description: e.target.value })}
            />
            <div className="hj-label">{t('file.demands')}</div>
            <Checkbox.Group
              options={demandOptions}
              value={draft.demands}
              onChange={(v) => set({ demands: v as string[], touched: true })}
            />
            <label htmlFor="claim" className="hj-label">
              {t('file.claim')}
            </label>
            <Input
              id="claim"
              inputMode="decimal"
              value={draft.claim}
              onChange={(e) => set({ claim: e.target.value })}
            />
            <label htmlFor="phone" className="hj-label">
              {t('file.phone')}
            </label>
            <Input
              id="phone"
              type="tel"
              autoComplete="tel"
              maxLength={20}
              value={draft.phone}
              onChange={(e) => set({ phone: e.target.value })}
            />
            <EvidencePicker photos={photos} onChange={setPhotos} />
            {formError ? (
              <Alert style={{ marginTop: 12 }} type="error" showIcon title={formError} role="alert" />
            ) : null}
            <Button
              style={{ marginTop: 12 }}
              type="primary"
              htmlType="submit"
              block
              size="large"
              loading={submitting}
              data-testid="file-submit"
            >
              {t('file.submit')}
            </Button>
          </form>
        </Panel>
      )}

      {reading ? (
        <AnalysisCard analysis={reading} audience="consumer" compact />
      ) : (
        <p className="hj-muted">{t('file.readingHint')}</p>
      )}
    </Space>
  );
}
