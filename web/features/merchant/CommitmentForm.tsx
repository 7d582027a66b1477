// Signs a commitment (POST /merchants/:id/commitments). Before signing, the merchant reads the very sentence
// consumers will read on the store page and the sign: it is produced by the server's own commitmentLine() (a pure
// function shared with the browser), so the preview cannot drift from what is published.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { commitmentLine } from '../../../src/modules/merchants/commitment.text';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { showFieldErrors } from '../../lib/formErrors';
import { COMMITMENT_KINDS, type CommitmentKind, merchantApi, type SignCommitment } from './api';

type Values = { kind: CommitmentKind; windowDays: number | null; exclusions: string[]; conditions: string };
const INITIAL: Values = { kind: 'reassured_consumption', windowDays: 7, exclusions: [], conditions: '' };

/** The request body for the form's values: only the no-reason return sends a window and exclusions. */
export function signBody(v: Values): SignCommitment {
  const conditions = (v.conditions ?? '').trim();
  if (v.kind === 'offline_no_reason_return') {
    const exclusions = (v.exclusions ?? []).map((e) => e.trim()).filter(Boolean);
    return { kind: v.kind, windowDays: v.windowDays ?? 0, exclusions, conditions };
  }
  return { kind: v.kind, conditions };
}

/** The sentence consumers will read, e.g. "线下无理由退货：7天内，除定制商品、食品外". */
export function previewLine(v: Values): string {
  const b = signBody(v);
  return commitmentLine({
    kind: b.kind,
    windowDays: b.kind === 'offline_no_reason_return' ? b.windowDays || null : null,
    exclusions: b.kind === 'offline_no_reason_return' ? b.exclusions : [],
    conditions: b.conditions,
  });
}

export function CommitmentForm({ merchantId, inForce }: { merchantId: string; inForce: CommitmentKind[] }) {
  const { t } = useTranslation('console');
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const values = { ...INITIAL, ...Form.useWatch([], form) } as Values;
  const sign = useMutation({
    mutationFn: (v: Values) => merchantApi.sign(merchantId, signBody(v)),
    onSuccess: async () => {
      form.resetFields();
      await qc.invalidateQueries({ queryKey: ['commitments', merchantId] });
    },
    onError: (err) => showFieldErrors(form, err),
  });
  const line = previewLine(values);
  const returns = values.kind === 'offline_no_reason_return';
  return (
    <Panel title={t('commitments.sign')}>
      <Form<Values> form={form} layout="vertical" style={{ maxWidth: 560 }} initialValues={INITIAL}>
        <ErrorNotice error={sign.error} />
        <Form.Item name="kind" label={t('commitments.kind')}>
          <Select
            data-testid="commitment-kind"
            options={COMMITMENT_KINDS.map((k) => ({ value: k, label: t(`commitments.kinds.${k}`) }))}
          />
        </Form.Item>
        {returns ? (
          <>
            <Form.Item name="windowDays" label={t('commitments.windowDays')} rules={[{ required: true }]}>
              <InputNumber min={1} max={90} precision={0} />
            </Form.Item>
            <Form.Item name="exclusions" label={t('commitments.exclusions')} extra={t('commitments.exclusionsHelp')}>
              <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} maxCount={20} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="conditions" label={t('commitments.conditions')} extra={t('commitments.conditionsHelp')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Alert
          type="info"
          showIcon
          title={t('commitments.preview')}
          description={<span data-testid="commitment-preview">{line}</span>}
          style={{ marginBottom: 12 }}
        />
        {inForce.includes(values.kind) ? (
          <Alert type="warning" showIcon title={t('commitments.replaces')} style={{ marginBottom: 12 }} />
        ) : null}
        <ConfirmButton
          type="primary"
          loading={sign.isPending}
          data-testid="sign-commitment"
          disabled={returns && !values.windowDays}
          question={
            <Space orientation="vertical">
              <span>{t('commitments.confirmSign')}</span>
              <strong>{line}</strong>
            </Space>
          }
          onConfirm={async () => {
            const v = await form.validateFields().catch(() => null);
            if (v) await sign.mutateAsync({ ...INITIAL, ...v }).catch(() => undefined);
          }}
        >
          {t('commitments.sign')}
        </ConfirmButton>
      </Form>
    </Panel>
  );
}
