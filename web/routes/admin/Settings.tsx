// The region's deadline policy, escalation ladder and mediator limits (GET/PUT /regions/:code/settings).
// PUT replaces the whole document, so the form always sends every key; the API's field errors show under
// the fields they name.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, type FormInstance, Input, InputNumber, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Panel } from '../../components/Panel';
import { adminApi, type RegionSettings, type Tier } from '../../features/admin/adminApi';
import { fieldErrorsOf, showFieldErrors } from '../../lib/formErrors';
import { useRegion } from './RegionLayout';

type Values = Omit<RegionSettings, 'ladder' | 'mediator'> & {
  /** The optional middle tiers: the ladder always starts with the merchant and ends with referral. */
  middle: Tier[];
  mediator: { humanAboveYuan: number; autoMaxYuan: number };
};

const DEADLINES = [
  ['merchantResponseHours', 'hours', 24 * 30],
  ['resolutionDays', 'days', 365],
  ['fulfilmentDays', 'days', 365],
  ['mediationDays', 'days', 365],
  ['regulatorAcceptanceWorkingDays', 'workingDays', 365],
  ['regulatorMediationWorkingDays', 'workingDays', 365],
] as const;

const toValues = (s: RegionSettings): Values => ({
  deadlines: s.deadlines,
  middle: s.ladder.filter((x) => x === 'mediation' || x === 'regulator'),
  mediator: { humanAboveYuan: s.mediator.humanAboveMinor / 100, autoMaxYuan: s.mediator.autoMaxMinor / 100 },
});
const fromValues = (v: Values): RegionSettings => ({
  deadlines: v.deadlines,
  ladder: ['merchant', ...(['mediation', 'regulator'] as const).filter((x) => v.middle.includes(x)), 'referral'],
  mediator: {
    humanAboveMinor: Math.round(v.mediator.humanAboveYuan * 100),
    autoMaxMinor: Math.round(v.mediator.autoMaxYuan * 100),
  },
});

export default function Settings() {
  const { t } = useTranslation('admin');
  const { region, manages } = useRegion();
  const qc = useQueryClient();
  const key = ['admin', 'settings', region.code];
  const q = useQuery({ queryKey: key, queryFn: () => adminApi.settings(region.code) });
  const [form] = Form.useForm<Values>();
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (v: Values) => adminApi.saveSettings(region.code, fromValues(v)),
    onSuccess: (s) => {
      qc.setQueryData(key, s);
      form.setFieldsValue(toValues(s));
      setSaved(true);
    },
    onError: (err) => {
      showFieldErrors(form, err);
      // Fields the form shows differently: the ladder as its middle tiers, amounts in yuan.
      const renamed: Record<string, (string | number)[]> = {
        ladder: ['middle'],
        'mediator.humanAboveMinor': ['mediator', 'humanAboveYuan'],
        'mediator.autoMaxMinor': ['mediator', 'autoMaxYuan'],
      };
      (form as FormInstance).setFields(
        fieldErrorsOf(err).flatMap((f) => {
          const to = renamed[f.name.join('.')];
          return to ? [{ name: to, errors: f.errors }] : [];
        }),
      );
    },
  });
  useEffect(() => {
    if (q.data) form.setFieldsValue(toValues(q.data));
  }, [q.data, form]);

  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  const units = { hours: t('settings.hours'), days: t('settings.days'), workingDays: t('settings.workingDays') };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={!manages}
      initialValues={toValues(q.data)}
      onValuesChange={() => setSaved(false)}
      onFinish={(v) => save.mutate(v)}
    >
      <div className="hj-stack" style={{ maxWidth: 720 }}>
        <p className="hj-muted" style={{ margin: 0 }}>
          {t('settings.help')}
        </p>
        <ErrorNotice error={save.error} />
        {saved ? <Alert type="success" showIcon title={t('settings.saved')} data-testid="settings-saved" /> : null}
        <Panel title={t('settings.deadlines')}>
          <div className="hj-form-grid" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '0 16px' }}>
            {DEADLINES.map(([name, unit, max]) => (
              <Form.Item
                key={name}
                name={['deadlines', name]}
                label={t(`settings.${name}`)}
                rules={[{ required: true, type: 'integer', min: 1, max, message: t('settings.range', { max }) }]}
              >
                <InputNumber min={1} max={max} precision={0} addonAfter={units[unit]} />
              </Form.Item>
            ))}
            <Form.Item
              name={['deadlines', 'timeZone']}
              label={t('settings.timeZone')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={64} />
            </Form.Item>
          </div>
        </Panel>
        <Panel title={t('settings.ladder')}>
          <p className="hj-muted">{t('settings.ladderHelp')}</p>
          <Space wrap align="start">
            <Checkbox checked disabled>
              {t('settings.tiers.merchant')}
            </Checkbox>
            <Form.Item name="middle" style={{ marginBottom: 0 }}>
              <Checkbox.Group
                options={(['mediation', 'regulator'] as const).map((x) => ({
                  value: x,
                  label: t(`settings.tiers.${x}`),
                }))}
              />
            </Form.Item>
            <Checkbox checked disabled>
              {t('settings.tiers.referral')}
            </Checkbox>
          </Space>
        </Panel>
        <Panel title={t('settings.mediator')}>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '0 16px' }}>
            <Form.Item
              name={['mediator', 'humanAboveYuan']}
              label={t('settings.humanAbove')}
              rules={[{ required: true, type: 'number', min: 0 }]}
            >
              <InputNumber min={0} precision={2} addonAfter={t('settings.yuan')} />
            </Form.Item>
            <Form.Item
              name={['mediator', 'autoMaxYuan']}
              label={t('settings.autoMax')}
              rules={[{ required: true, type: 'number', min: 0 }]}
            >
              <InputNumber min={0} precision={2} addonAfter={t('settings.yuan')} />
            </Form.Item>
          </div>
        </Panel>
        {manages ? (
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-settings">
            {t('common.save')}
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
