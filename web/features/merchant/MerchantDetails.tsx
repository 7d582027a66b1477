// The merchant's own details as the public sees them, and a form to correct them (PATCH /merchants/:id: its
// staff may). The credit code is the merchant's identity and is not editable; the phone is staff-only and not
// in the public profile, so the form leaves it unchanged unless a new one is typed.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Descriptions, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { showFieldErrors } from '../../lib/formErrors';
import { type District, type MerchantPatch, type MerchantProfile, merchantApi } from './api';

type Values = { legalName: string; tradeName: string; address: string; districtId: string | null; phone: string };

export function MerchantDetails({ profile, districts }: { profile: MerchantProfile; districts: District[] }) {
  const { t } = useTranslation('console');
  const { t: tm } = useTranslation();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body: MerchantPatch = {
        legalName: v.legalName,
        tradeName: v.tradeName ?? '',
        address: v.address ?? '',
        districtId: v.districtId ?? null,
        ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
      };
      return merchantApi.update(profile.id, body);
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['merchant-profile', profile.id] });
      setEditing(false);
    },
    onError: (err) => showFieldErrors(form, err),
  });

  return (
    <Panel
      title={t('merchant.title')}
      extra={
        editing ? null : (
          <Button size="small" onClick={() => setEditing(true)} data-testid="edit-merchant">
            {t('merchant.edit')}
          </Button>
        )
      }
    >
      {editing ? (
        <Form<Values>
          form={form}
          layout="vertical"
          style={{ maxWidth: 560 }}
          initialValues={{
            legalName: profile.legalName,
            tradeName: profile.tradeName,
            address: profile.address,
            districtId: profile.district?.id ?? null,
            phone: '',
          }}
          onFinish={(v) => save.mutate(v)}
        >
          <ErrorNotice error={save.error} />
          <Form.Item name="legalName" label={t('merchant.legalName')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="tradeName" label={t('merchant.tradeName')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="address" label={t('merchant.address')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="districtId" label={t('merchant.district')}>
            <Select
              allowClear
              options={districts.map((d) => ({ value: d.id, label: d.name }))}
              placeholder={t('merchant.noDistrict')}
            />
          </Form.Item>
          <Form.Item name="phone" label={t('merchant.phone')} extra={t('merchant.phoneHint')}>
            <Input maxLength={20} inputMode="tel" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {tm('common.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{tm('common.cancel')}</Button>
          </Space>
        </Form>
      ) : (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'legalName', label: t('merchant.legalName'), children: profile.legalName },
            { key: 'tradeName', label: t('merchant.tradeName'), children: profile.tradeName || '—' },
            { key: 'creditCode', label: t('merchant.creditCode'), children: profile.creditCode },
            { key: 'district', label: t('merchant.district'), children: profile.district?.name ?? '—' },
            { key: 'address', label: t('merchant.address'), children: profile.address || '—' },
          ]}
        />
      )}
    </Panel>
  );
}
