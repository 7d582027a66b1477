// Adds a store (POST /merchants/:id/stores); the district decides which mediation organisation takes its disputes.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { showFieldErrors } from '../../lib/formErrors';
import { type District, merchantApi, type NewStore } from './api';

export function AddStoreForm({ merchantId, districts }: { merchantId: string; districts: District[] }) {
  const { t } = useTranslation('console');
  const qc = useQueryClient();
  const [form] = Form.useForm<NewStore>();
  const add = useMutation({
    mutationFn: (v: NewStore) =>
      merchantApi.addStore(merchantId, {
        name: v.name.trim(),
        address: v.address?.trim() ?? '',
        districtId: v.districtId ?? null,
      }),
    onSuccess: async () => {
      form.resetFields();
      await qc.invalidateQueries({ queryKey: ['merchant-profile', merchantId] });
    },
    onError: (err) => showFieldErrors(form, err),
  });
  return (
    <Panel title={t('stores.add')}>
      <Form<NewStore>
        form={form}
        layout="vertical"
        style={{ maxWidth: 560 }}
        initialValues={{ name: '', address: '', districtId: null }}
        onFinish={(v) => add.mutate(v)}
        data-testid="add-store"
      >
        <ErrorNotice error={add.error} />
        <Form.Item name="name" label={t('stores.name')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="address" label={t('stores.address')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="districtId" label={t('stores.district')} extra={t('stores.districtHelp')}>
          <Select allowClear options={districts.map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {t('stores.add')}
        </Button>
      </Form>
    </Panel>
  );
}
