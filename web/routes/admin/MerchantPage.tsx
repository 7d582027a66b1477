// One merchant: edit its details (the credit code is its identity and stays), add a store, and map a payment
// institution's merchant id (mid) to it so receipts and payment QR codes of that mid reach this merchant.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Input, Select, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Panel } from '../../components/Panel';
import { adminApi, type PaymentAccount, type Store } from '../../features/admin/adminApi';
import { ApiError } from '../../lib/api';
import { dateTime } from '../../lib/format';
import { showFieldErrors } from '../../lib/formErrors';
import { MerchantFields } from './Merchants';
import { useRegion } from './RegionLayout';

type Edit = {
  legalName: string;
  tradeName?: string;
  industry: string;
  districtId?: string;
  address?: string;
  phone?: string;
};
type NewStore = { name: string; address?: string; districtId?: string };
type Mapping = { institutionId: string; mid: string };

export default function MerchantPage() {
  const { t, i18n } = useTranslation('admin');
  const { region, manages, me } = useRegion();
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const key = ['admin', 'merchant', id];
  const q = useQuery({ queryKey: key, queryFn: () => adminApi.merchant(id) });
  const refresh = () => qc.invalidateQueries({ queryKey: key });

  const [edit] = Form.useForm<Edit>();
  const [saved, setSaved] = useState(false);
  const update = useMutation({
    // The public profile has no phone: an empty phone field means "leave it as it is".
    mutationFn: (v: Edit) =>
      adminApi.updateMerchant(id, {
        legalName: v.legalName.trim(),
        tradeName: v.tradeName?.trim() ?? '',
        industry: v.industry,
        districtId: v.districtId ?? null,
        address: v.address?.trim() ?? '',
        ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
      }),
    onSuccess: () => {
      setSaved(true);
      void qc.invalidateQueries({ queryKey: ['admin', 'merchants', region.code] });
      return refresh();
    },
    onError: (err) => showFieldErrors(edit, err),
  });

  const [storeForm] = Form.useForm<NewStore>();
  const addStore = useMutation({
    mutationFn: (v: NewStore) =>
      adminApi.addStore(id, {
        name: v.name.trim(),
        ...(v.address?.trim() ? { address: v.address.trim() } : {}),
        districtId: v.districtId ?? null,
      }),
    onSuccess: () => {
      storeForm.resetFields();
      return refresh();
    },
    onError: (err) => showFieldErrors(storeForm, err),
  });

  // Only the platform admin may list institutions; a regulator types the institution's id.
  const institutions = useQuery({
    queryKey: ['admin', 'institutions'],
    queryFn: adminApi.institutions,
    enabled: me.kind === 'platform_admin',
  });
  const [mapForm] = Form.useForm<Mapping>();
  const [mapped, setMapped] = useState<{ account: PaymentAccount; closed: PaymentAccount[] } | null>(null);
  const map = useMutation({
    mutationFn: (v: Mapping) => adminApi.addPaymentAccount(id, { institutionId: v.institutionId, mid: v.mid.trim() }),
    onSuccess: (r) => {
      setMapped(r);
      mapForm.resetFields();
    },
    onError: (err) => showFieldErrors(mapForm, err),
  });

  useEffect(() => {
    if (!q.data) return;
    edit.setFieldsValue({
      legalName: q.data.legalName,
      tradeName: q.data.tradeName,
      industry: q.data.industry,
      districtId: q.data.district?.id,
      address: q.data.address,
    });
  }, [q.data, edit]);

  if (q.isPending) return <Loading />;
  if (q.error) {
    return <ErrorNotice error={q.error} onRetry={q.error instanceof ApiError ? undefined : () => void q.refetch()} />;
  }
  const m = q.data;
  return (
    <div className="hj-stack">
      <Link to={`/admin/regions/${region.code}/merchants`}>← {t('region.merchants')}</Link>
      <Descriptions
        bordered
        size="small"
        column={2}
        title={m.tradeName || m.legalName}
        items={[
          { key: 'code', label: t('merchants.creditCode'), children: m.creditCode },
          { key: 'industry', label: t('merchants.industry'), children: t(`industries.${m.industry}`) },
          { key: 'district', label: t('merchants.district'), children: m.district?.name ?? '' },
          { key: 'address', label: t('merchants.address'), children: m.address },
        ]}
      />
      {manages ? (
        <Panel title={t('merchants.edit')}>
          {saved ? <Alert type="success" showIcon title={t('common.saved')} /> : null}
          <ErrorNotice error={update.error} />
          <MerchantFields<Edit>
            form={edit}
            busy={update.isPending}
            onFinish={(v) => {
              setSaved(false);
              update.mutate(v);
            }}
          />
        </Panel>
      ) : null}
      <Panel title={t('merchants.stores')}>
        <Table<Store>
          rowKey="id"
          size="small"
          dataSource={m.stores}
          pagination={false}
          locale={{ emptyText: t('merchants.noStores') }}
          columns={[
            { title: t('merchants.storeName'), dataIndex: 'name' },
            { title: t('merchants.address'), dataIndex: 'address' },
            { title: t('merchants.district'), dataIndex: 'district', render: (d: Store['district']) => d?.name ?? '' },
          ]}
        />
        {manages ? (
          <>
            <ErrorNotice error={addStore.error} />
            <Form<NewStore>
              form={storeForm}
              layout="inline"
              style={{ marginTop: 12 }}
              onFinish={(v) => addStore.mutate(v)}
            >
              <Form.Item name="name" label={t('merchants.storeName')} rules={[{ required: true, whitespace: true }]}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="address" label={t('merchants.address')}>
                <Input maxLength={500} />
              </Form.Item>
              <Form.Item name="districtId" label={t('merchants.district')}>
                <Select
                  allowClear
                  style={{ width: 140 }}
                  options={region.districts.map((d) => ({ value: d.id, label: d.name }))}
                />
              </Form.Item>
              <Button htmlType="submit" loading={addStore.isPending}>
                {t('merchants.addStore')}
              </Button>
            </Form>
          </>
        ) : null}
      </Panel>
      {manages ? (
        <Panel title={t('merchants.payment')}>
          <p className="hj-muted">{t('merchants.paymentHelp')}</p>
          {mapped ? (
            <Alert
              type="success"
              showIcon
              title={t('merchants.mapped', {
                mid: mapped.account.mid,
                from: dateTime(mapped.account.validFrom, i18n.language),
              })}
              description={
                mapped.closed.length ? t('merchants.closedOthers', { count: mapped.closed.length }) : undefined
              }
            />
          ) : null}
          <ErrorNotice error={map.error} />
          <Form<Mapping> form={mapForm} layout="inline" style={{ marginTop: 12 }} onFinish={(v) => map.mutate(v)}>
            <Form.Item name="institutionId" label={t('merchants.institution')} rules={[{ required: true }]}>
              {me.kind === 'platform_admin' ? (
                <Select
                  style={{ width: 220 }}
                  loading={institutions.isPending}
                  options={(institutions.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
                />
              ) : (
                <Input style={{ width: 320 }} placeholder={t('merchants.institutionId')} />
              )}
            </Form.Item>
            <Form.Item
              name="mid"
              label={t('merchants.mid')}
              rules={[{ required: true, pattern: /^[\x21-\x7e]{1,64}$/, message: t('merchants.midHelp') }]}
            >
              <Input maxLength={64} />
            </Form.Item>
            <Button htmlType="submit" loading={map.isPending}>
              {t('merchants.mapMid')}
            </Button>
          </Form>
        </Panel>
      ) : null}
    </div>
  );
}
