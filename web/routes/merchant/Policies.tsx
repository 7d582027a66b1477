// The merchant's auto-resolution policies: "refund no-reason returns under ¥200 at once".
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { api } from '../../lib/api';
import { dateTime, money } from '../../lib/format';
import { pick } from '../../lib/i18n';
import { AUTO_OFFERS, type AutoOffer, type AutoResolutionPolicy } from '../../lib/types';
import { useMe } from './MerchantLayout';

export default function Policies() {
  const me = useMe();
  const merchantId = me.merchantId!;
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const qc = useQueryClient();
  const key = ['policies', merchantId];
  const q = useQuery({ queryKey: key, queryFn: () => api.policies(merchantId) });
  const labels = useQuery({ queryKey: ['labels'], queryFn: api.labels, staleTime: Number.POSITIVE_INFINITY });
  const catName = (code: string) => {
    const l = labels.data?.categories.find((c) => c.code === code);
    return l ? pick(l, lang) : code;
  };
  const disable = useMutation({
    mutationFn: (id: string) => api.disablePolicy(merchantId, id),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.setPolicy(merchantId, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: key });
      setForm(EMPTY);
    },
  });
  const EMPTY = {
    name: '',
    categories: ['return'],
    maxYuan: 200 as number | null,
    verifiedOnly: true,
    withinDays: 7 as number | null,
    offer: 'refund_full' as AutoOffer,
    message: '',
  };
  const [form, setForm] = useState(EMPTY);

  if (q.error) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <ErrorNotice error={create.error ?? disable.error} />
      <p className="hj-muted">{t('merchant.policyHelp')}</p>
      <Table<AutoResolutionPolicy>
        rowKey="id"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('merchant.noPolicies') }}
        scroll={{ x: 720 }}
        columns={[
          { title: t('merchant.policyName'), dataIndex: 'name' },
          {
            title: t('merchant.categories'),
            dataIndex: 'categories',
            render: (cs: string[]) => cs.map((c) => <Tag key={c}>{catName(c)}</Tag>),
          },
          { title: t('merchant.maxAmount'), dataIndex: 'maxAmountMinor', render: (m: number) => money(m, 'CNY', lang) },
          { title: t('merchant.offer'), dataIndex: 'offer', render: (o: AutoOffer) => t(`merchant.offerKinds.${o}`) },
          { title: t('merchant.withinDays'), dataIndex: 'withinDays', render: (d: number | null) => d ?? '—' },
          {
            title: t('merchant.status'),
            render: (_, p) =>
              p.active ? (
                <Tag color="green">{t('merchant.active')}</Tag>
              ) : (
                <Tag>
                  {t('merchant.disabled')} {dateTime(p.disabledAt, lang)}
                </Tag>
              ),
          },
          {
            title: '',
            render: (_, p) =>
              p.active ? (
                <Button size="small" danger loading={disable.isPending} onClick={() => disable.mutate(p.id)}>
                  {t('merchant.disable')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Panel title={t('merchant.addPolicy')}>
        <form
          className="hj-form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate({
              name: form.name.trim(),
              categories: form.categories,
              maxAmountMinor: Math.round((form.maxYuan ?? 0) * 100),
              verifiedOnly: form.verifiedOnly,
              ...(form.withinDays ? { withinDays: form.withinDays } : {}),
              offer: form.offer,
              ...(form.message.trim() ? { message: form.message.trim() } : {}),
            });
          }}
        >
          <label htmlFor="p-name">{t('merchant.policyName')}</label>
          <Input
            id="p-name"
            value={form.name}
            maxLength={100}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
          />
          <label htmlFor="p-cats">{t('merchant.categories')}</label>
          <Select
            id="p-cats"
            mode="multiple"
            value={form.categories}
            options={(labels.data?.categories ?? []).map((c) => ({ value: c.code, label: pick(c, lang) }))}
            onChange={(v) => setForm({ ...form, categories: v })}
          />
          <label htmlFor="p-max">{t('merchant.maxAmount')}</label>
          <InputNumber
            id="p-max"
            min={0.01}
            precision={2}
            value={form.maxYuan}
            onChange={(v) => setForm({ ...form, maxYuan: v })}
          />
          <label htmlFor="p-days">{t('merchant.withinDays')}</label>
          <InputNumber
            id="p-days"
            min={1}
            max={365}
            value={form.withinDays}
            onChange={(v) => setForm({ ...form, withinDays: v })}
          />
          <label htmlFor="p-offer">{t('merchant.offer')}</label>
          <Select
            id="p-offer"
            value={form.offer}
            options={AUTO_OFFERS.map((o) => ({ value: o, label: t(`merchant.offerKinds.${o}`) }))}
            onChange={(v) => setForm({ ...form, offer: v })}
          />
          <span />
          <Checkbox checked={form.verifiedOnly} onChange={(e) => setForm({ ...form, verifiedOnly: e.target.checked })}>
            {t('merchant.verifiedOnly')}
          </Checkbox>
          <label htmlFor="p-msg">{t('merchant.policyMessage')}</label>
          <Input.TextArea
            id="p-msg"
            rows={2}
            maxLength={500}
            value={form.message}
            onChange={(e) => setForm({ ...form, message: e.target.value })}
          />
          <span />
          <Button
            type="primary"
            htmlType="submit"
            loading={create.isPending}
            disabled={!form.name.trim() || form.categories.length === 0}
          >
            {t('common.save')}
          </Button>
        </form>
      </Panel>
    </Space>
  );
}
