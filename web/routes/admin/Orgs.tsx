// The region's mediation organisations (liaison stations, committees, the consumer association) and its
// regulator bureaus, each for one district or the whole region.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { adminApi, ORG_KINDS, type Org, type OrgKind } from '../../features/admin/adminApi';
import { dateTime } from '../../lib/format';
import { showFieldErrors } from '../../lib/formErrors';
import { useRegion } from './RegionLayout';

type NewOrg = { name: string; kind: OrgKind; districtId?: string };

export default function Orgs() {
  const { t, i18n } = useTranslation('admin');
  const { region, manages } = useRegion();
  const qc = useQueryClient();
  const key = ['admin', 'orgs', region.code];
  const q = useQuery({ queryKey: key, queryFn: () => adminApi.orgs(region.code) });
  const [form] = Form.useForm<NewOrg>();
  const add = useMutation({
    // The tier follows from the kind: a bureau does administrative mediation, every other kind mediates.
    mutationFn: (v: NewOrg) =>
      adminApi.createOrg(region.code, {
        name: v.name.trim(),
        kind: v.kind,
        tier: v.kind === 'regulator' ? 'regulator' : 'mediation',
        districtId: v.districtId ?? null,
      }),
    onSuccess: () => {
      form.resetFields();
      return qc.invalidateQueries({ queryKey: key });
    },
    onError: (err) => showFieldErrors(form, err),
  });
  if (q.error) return <ErrorNotice error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <div className="hj-stack">
      <Table<Org>
        rowKey="id"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('orgs.empty') }}
        columns={[
          { title: t('orgs.name'), dataIndex: 'name' },
          { title: t('orgs.kind'), dataIndex: 'kind', render: (k: OrgKind) => t(`orgs.kinds.${k}`) },
          {
            title: t('orgs.tier'),
            dataIndex: 'tier',
            render: (x: Org['tier']) => <Tag color={x === 'regulator' ? 'red' : 'blue'}>{t(`orgs.tiers.${x}`)}</Tag>,
          },
          {
            title: t('orgs.district'),
            dataIndex: 'district',
            render: (d: Org['district']) => d?.name ?? t('orgs.wholeRegion'),
          },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: (x: string) => dateTime(x, i18n.language) },
        ]}
      />
      {manages ? (
        <Panel title={t('orgs.add')}>
          <ErrorNotice error={add.error} />
          <Form<NewOrg> form={form} layout="vertical" style={{ maxWidth: 480 }} onFinish={(v) => add.mutate(v)}>
            <Form.Item name="name" label={t('orgs.name')} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="kind" label={t('orgs.kind')} rules={[{ required: true }]}>
              <Select options={ORG_KINDS.map((k) => ({ value: k, label: t(`orgs.kinds.${k}`) }))} />
            </Form.Item>
            <Form.Item name="districtId" label={t('orgs.district')} extra={t('orgs.districtHelp')}>
              <Select
                allowClear
                placeholder={t('orgs.wholeRegion')}
                options={region.districts.map((d) => ({ value: d.id, label: d.name }))}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              {t('common.add')}
            </Button>
          </Form>
        </Panel>
      ) : null}
    </div>
  );
}
