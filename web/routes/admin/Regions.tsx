// Every region on the platform; the platform admin creates new ones (a city joining the platform).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { adminApi, type RegionListItem } from '../../features/admin/adminApi';
import { useMe } from '../../features/console/ConsoleLayout';
import { showFieldErrors } from '../../lib/formErrors';

type NewRegion = { code: string; name: string; nameEn?: string; timeZone?: string; currency?: string };

export default function Regions() {
  const { t } = useTranslation('admin');
  const me = useMe();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewRegion>();
  const q = useQuery({ queryKey: ['admin', 'regions'], queryFn: adminApi.regions });
  const create = useMutation({
    mutationFn: (v: NewRegion) =>
      adminApi.createRegion({
        code: v.code.trim(),
        name: v.name.trim(),
        ...(v.nameEn?.trim() ? { nameEn: v.nameEn.trim() } : {}),
        ...(v.timeZone?.trim() ? { timeZone: v.timeZone.trim() } : {}),
        ...(v.currency?.trim() ? { currency: v.currency.trim().toUpperCase() } : {}),
      }),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: ['admin', 'regions'] });
      navigate(`/admin/regions/${r.code}`);
    },
    onError: (err) => showFieldErrors(form, err),
  });
  return (
    <div className="hj-stack">
      <h2 style={{ margin: 0 }}>{t('regions.title')}</h2>
      {q.error ? <ErrorNotice error={q.error} onRetry={() => void q.refetch()} /> : null}
      <Table<RegionListItem>
        rowKey="code"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('regions.empty') }}
        columns={[
          {
            title: t('regions.code'),
            dataIndex: 'code',
            render: (c: string) => <Link to={`/admin/regions/${c}`}>{c}</Link>,
          },
          { title: t('regions.name'), dataIndex: 'name' },
          { title: t('regions.nameEn'), dataIndex: 'nameEn' },
        ]}
      />
      {me.kind === 'platform_admin' ? (
        <Panel title={t('regions.create')}>
          <ErrorNotice error={create.error} />
          <Form<NewRegion>
            form={form}
            layout="vertical"
            style={{ maxWidth: 480 }}
            initialValues={{ timeZone: 'Asia/Shanghai', currency: 'CNY' }}
            onFinish={(v) => create.mutate(v)}
          >
            <Form.Item
              name="code"
              label={t('regions.code')}
              extra={t('regions.codeHelp')}
              rules={[{ required: true, pattern: /^[A-Za-z][A-Za-z0-9]{1,7}$/, message: t('regions.codeHelp') }]}
            >
              <Input id="region-code" maxLength={8} />
            </Form.Item>
            <Form.Item name="name" label={t('regions.name')} rules={[{ required: true, whitespace: true }]}>
              <Input id="region-name" maxLength={100} />
            </Form.Item>
            <Form.Item name="nameEn" label={t('regions.nameEn')}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="timeZone" label={t('regions.timeZone')}>
              <Input maxLength={64} />
            </Form.Item>
            <Form.Item name="currency" label={t('regions.currency')}>
              <Input maxLength={3} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="create-region">
              {t('common.create')}
            </Button>
          </Form>
        </Panel>
      ) : null}
    </div>
  );
}
