// Payment and clearing institutions (platform admin): the list, and registering a new one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Result, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { adminApi, type Institution } from '../../features/admin/adminApi';
import { useMe } from '../../features/console/ConsoleLayout';
import { dateTime } from '../../lib/format';
import { showFieldErrors } from '../../lib/formErrors';

type NewInstitution = { name: string; kind: Institution['kind']; webhookUrl?: string };

export default function Institutions() {
  const { t, i18n } = useTranslation('admin');
  const me = useMe();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const isAdmin = me.kind === 'platform_admin';
  const q = useQuery({ queryKey: ['admin', 'institutions'], queryFn: adminApi.institutions, enabled: isAdmin });
  const [form] = Form.useForm<NewInstitution>();
  const create = useMutation({
    mutationFn: (v: NewInstitution) =>
      adminApi.createInstitution({
        name: v.name.trim(),
        kind: v.kind,
        ...(v.webhookUrl?.trim() ? { webhookUrl: v.webhookUrl.trim() } : {}),
      }),
    onSuccess: (i) => {
      void qc.invalidateQueries({ queryKey: ['admin', 'institutions'] });
      navigate(`/admin/institutions/${i.id}`);
    },
    onError: (err) => showFieldErrors(form, err),
  });
  if (!isAdmin) return <Result status="403" title={t('common.forbidden')} />;
  return (
    <div className="hj-stack">
      <h2 style={{ margin: 0 }}>{t('institutions.title')}</h2>
      {q.error ? <ErrorNotice error={q.error} onRetry={() => void q.refetch()} /> : null}
      <Table<Institution>
        rowKey="id"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('institutions.empty') }}
        columns={[
          {
            title: t('institutions.name'),
            dataIndex: 'name',
            render: (n: string, i) => <Link to={`/admin/institutions/${i.id}`}>{n}</Link>,
          },
          { title: t('institutions.kind'), dataIndex: 'kind', render: (k: string) => t(`institutions.kinds.${k}`) },
          { title: t('institutions.activeKeys'), dataIndex: 'activeKeys' },
          {
            title: t('institutions.webhook'),
            render: (_, i) =>
              i.webhookUrl ? (
                <span>
                  {i.webhookUrl} {i.webhookSecretSet ? <Tag color="green">{t('institution.secretSet')}</Tag> : null}
                </span>
              ) : (
                <span className="hj-muted">{t('institution.noWebhook')}</span>
              ),
          },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: (x: string) => dateTime(x, i18n.language) },
        ]}
      />
      <Panel title={t('institutions.register')}>
        <ErrorNotice error={create.error} />
        <Form<NewInstitution>
          form={form}
          layout="vertical"
          style={{ maxWidth: 480 }}
          initialValues={{ kind: 'payment' }}
          onFinish={(v) => create.mutate(v)}
        >
          <Form.Item name="name" label={t('institutions.name')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="kind" label={t('institutions.kind')} rules={[{ required: true }]}>
            <Select
              options={(['payment', 'clearing'] as const).map((k) => ({
                value: k,
                label: t(`institutions.kinds.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="webhookUrl"
            label={t('institution.url')}
            extra={t('institutions.webhookLater')}
            rules={[{ type: 'url', message: t('institution.urlHelp') }]}
          >
            <Input maxLength={500} placeholder="https://" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('institutions.register')}
          </Button>
        </Form>
      </Panel>
    </div>
  );
}
