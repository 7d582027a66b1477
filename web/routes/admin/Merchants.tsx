// A region's merchants: search by name or credit code, filter by industry and district, page through (keyset
// cursors: "next" follows nextAfter, "previous" goes back along the cursors already seen); register one by hand,
// or import a list (the import page).
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { adminApi, type Merchant } from '../../features/admin/adminApi';
import { INDUSTRIES } from '../../features/admin/industries';
import { showFieldErrors } from '../../lib/formErrors';
import { useRegion } from './RegionLayout';

const PAGE = 20;
type NewMerchant = {
  creditCode: string;
  legalName: string;
  tradeName?: string;
  industry: string;
  districtId?: string;
  address?: string;
  phone?: string;
};

export default function Merchants() {
  const { t } = useTranslation('admin');
  const { region, manages } = useRegion();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<{ q?: string; industry?: string; districtId?: string }>({});
  const [typed, setTyped] = useState('');
  // Cursors of the pages before the current one; the current page starts after the last of them.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const after = cursors[cursors.length - 1];
  const q = useQuery({
    queryKey: ['admin', 'merchants', region.code, filter, after],
    queryFn: () => adminApi.merchants(region.code, { ...filter, after, limit: PAGE }),
    placeholderData: (prev) => prev,
  });
  const setF = (f: typeof filter) => {
    setFilter(f);
    setCursors([undefined]);
  };
  const [form] = Form.useForm<NewMerchant>();
  const create = useMutation({
    mutationFn: (v: NewMerchant) =>
      adminApi.createMerchant(region.code, {
        creditCode: v.creditCode.trim(),
        legalName: v.legalName.trim(),
        industry: v.industry,
        districtId: v.districtId ?? null,
        ...(v.tradeName?.trim() ? { tradeName: v.tradeName.trim() } : {}),
        ...(v.address?.trim() ? { address: v.address.trim() } : {}),
        ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
      }),
    onSuccess: (m) => navigate(`/admin/regions/${region.code}/merchants/${m.id}`),
    onError: (err) => showFieldErrors(form, err),
  });
  const industryOptions = INDUSTRIES.map((i) => ({ value: i, label: t(`industries.${i}`) }));
  const districtOptions = region.districts.map((d) => ({ value: d.id, label: d.name }));

  return (
    <div className="hj-stack">
      <Space wrap>
        <Input.Search
          allowClear
          style={{ width: 280 }}
          placeholder={t('merchants.searchPlaceholder')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onSearch={(v) => setF({ ...filter, q: v.trim() || undefined })}
          data-testid="merchant-search"
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('merchants.industry')}
          value={filter.industry}
          onChange={(v) => setF({ ...filter, industry: v })}
          options={industryOptions}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('merchants.district')}
          value={filter.districtId}
          onChange={(v) => setF({ ...filter, districtId: v })}
          options={districtOptions}
        />
        {manages ? <Link to={`/admin/regions/${region.code}/merchants/import`}>{t('merchants.import')}</Link> : null}
      </Space>
      {q.error ? <ErrorNotice error={q.error} onRetry={() => void q.refetch()} /> : null}
      <Table<Merchant>
        rowKey="id"
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('merchants.empty') }}
        data-testid="merchants"
        columns={[
          {
            title: t('merchants.legalName'),
            dataIndex: 'legalName',
            render: (n: string, m) => <Link to={`/admin/regions/${region.code}/merchants/${m.id}`}>{n}</Link>,
          },
          { title: t('merchants.tradeName'), dataIndex: 'tradeName' },
          { title: t('merchants.creditCode'), dataIndex: 'creditCode' },
          { title: t('merchants.industry'), dataIndex: 'industry', render: (i: string) => t(`industries.${i}`) },
          { title: t('merchants.district'), dataIndex: 'district', render: (d: Merchant['district']) => d?.name ?? '' },
          { title: t('merchants.address'), dataIndex: 'address' },
        ]}
      />
      <Space>
        <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('common.prev')}
        </Button>
        <Button
          disabled={!q.data?.nextAfter}
          onClick={() => q.data?.nextAfter && setCursors([...cursors, q.data.nextAfter])}
        >
          {t('common.next')}
        </Button>
      </Space>
      {manages ? (
        <Panel title={t('merchants.add')}>
          <ErrorNotice error={create.error} />
          <MerchantFields form={form} onFinish={(v) => create.mutate(v)} busy={create.isPending} withCode />
        </Panel>
      ) : null}
    </div>
  );
}

/** The merchant's fields, for registering (with the credit code) and for editing (without: it is its identity). */
export function MerchantFields<T extends object>({
  form,
  onFinish,
  busy,
  withCode,
  initialValues,
}: {
  form: ReturnType<typeof Form.useForm<T>>[0];
  onFinish: (v: T) => void;
  busy: boolean;
  withCode?: boolean;
  initialValues?: Partial<T>;
}) {
  const { t } = useTranslation('admin');
  const { region } = useRegion();
  return (
    <Form<T>
      form={form}
      layout="vertical"
      style={{ maxWidth: 560 }}
      onFinish={onFinish}
      initialValues={initialValues as T}
    >
      {withCode ? (
        <Form.Item
          name="creditCode"
          label={t('merchants.creditCode')}
          rules={[{ required: true, len: 18, whitespace: true, message: t('merchants.creditCodeHelp') }]}
        >
          <Input maxLength={18} style={{ textTransform: 'uppercase' }} />
        </Form.Item>
      ) : null}
      <Form.Item name="legalName" label={t('merchants.legalName')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="tradeName" label={t('merchants.tradeName')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="industry" label={t('merchants.industry')} rules={[{ required: true }]}>
        <Select options={INDUSTRIES.map((i) => ({ value: i, label: t(`industries.${i}`) }))} />
      </Form.Item>
      <Form.Item name="districtId" label={t('merchants.district')}>
        <Select allowClear options={region.districts.map((d) => ({ value: d.id, label: d.name }))} />
      </Form.Item>
      <Form.Item name="address" label={t('merchants.address')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('merchants.phone')}
        extra={withCode ? undefined : t('merchants.phoneKeep')}
        rules={[{ pattern: /^[0-9+\- ]*$/, max: 20, message: t('merchants.phoneHelp') }]}
      >
        <Input maxLength={20} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {withCode ? t('common.create') : t('common.save')}
      </Button>
    </Form>
  );
}
