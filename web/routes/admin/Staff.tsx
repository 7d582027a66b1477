// Staff accounts of the region: merchant staff (for one merchant), mediators (for a mediation organisation) and
// regulators (for a bureau). The admin sets the first password (or has one generated) and hands it over; the
// page shows it once after the account is created, since nobody can read it back later.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Result, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { adminApi, STAFF_ROLES, type StaffRole, type StaffUser } from '../../features/admin/adminApi';
import { OnceSecret } from '../../features/admin/OnceSecret';
import { dateTime } from '../../lib/format';
import { showFieldErrors } from '../../lib/formErrors';
import { useRegion } from './RegionLayout';

type NewUser = {
  login: string;
  displayName: string;
  password: string;
  role: StaffRole;
  merchantId?: string;
  orgId?: string;
};

/** 16 characters from an alphabet without look-alikes (0/O, 1/l/I), from the browser's CSPRNG. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export default function Staff() {
  const { t, i18n } = useTranslation('admin');
  const { region, manages } = useRegion();
  const qc = useQueryClient();
  const [role, setRole] = useState<StaffRole | undefined>();
  const users = useInfiniteQuery({
    queryKey: ['admin', 'users', region.code, role],
    queryFn: ({ pageParam }) => adminApi.users(region.code, { role, after: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.nextAfter ?? undefined,
    enabled: manages,
  });
  const orgs = useQuery({ queryKey: ['admin', 'orgs', region.code], queryFn: () => adminApi.orgs(region.code) });
  const [merchantQ, setMerchantQ] = useState('');
  const merchants = useQuery({
    queryKey: ['admin', 'merchant-pick', region.code, merchantQ],
    queryFn: () => adminApi.merchants(region.code, { q: merchantQ || undefined, limit: 20 }),
  });
  const [form] = Form.useForm<NewUser>();
  const newRole = Form.useWatch('role', form);
  const [handOver, setHandOver] = useState<{ login: string; password: string } | null>(null);
  const create = useMutation({
    mutationFn: (v: NewUser) =>
      adminApi.createUser(region.code, {
        login: v.login.trim(),
        displayName: v.displayName.trim(),
        password: v.password,
        role: v.role,
        ...(v.role === 'merchant_staff' ? { merchantId: v.merchantId } : { orgId: v.orgId }),
      }),
    onSuccess: (u, v) => {
      setHandOver({ login: u.login, password: v.password });
      form.resetFields();
      return qc.invalidateQueries({ queryKey: ['admin', 'users', region.code] });
    },
    onError: (err) => showFieldErrors(form, err),
  });
  const orgName = (id: string | null) => orgs.data?.items.find((o) => o.id === id)?.name ?? '';

  if (!manages) return <Result status="403" title={t('common.forbidden')} />;
  return (
    <div className="hj-stack">
      <Space>
        <span>{t('staff.role')}</span>
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('common.all')}
          value={role}
          onChange={setRole}
          options={STAFF_ROLES.map((r) => ({ value: r, label: t(`staff.roles.${r}`) }))}
        />
      </Space>
      {users.error ? <ErrorNotice error={users.error} onRetry={() => void users.refetch()} /> : null}
      <Table<StaffUser>
        rowKey="id"
        loading={users.isPending}
        dataSource={users.data?.pages.flatMap((p) => p.items) ?? []}
        pagination={false}
        locale={{ emptyText: t('staff.empty') }}
        columns={[
          { title: t('staff.login'), dataIndex: 'login' },
          { title: t('staff.displayName'), dataIndex: 'displayName' },
          { title: t('staff.role'), dataIndex: 'role', render: (r: StaffUser['role']) => t(`staff.roles.${r}`) },
          {
            title: t('staff.actsFor'),
            render: (_, u) => (u.orgId ? orgName(u.orgId) : u.merchantId ? t('staff.aMerchant') : ''),
          },
          {
            title: t('staff.status'),
            dataIndex: 'disabled',
            render: (d: boolean) =>
              d ? <Tag>{t('staff.disabled')}</Tag> : <Tag color="green">{t('staff.active')}</Tag>,
          },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: (x: string) => dateTime(x, i18n.language) },
        ]}
      />
      {users.hasNextPage ? (
        <Button onClick={() => void users.fetchNextPage()} loading={users.isFetchingNextPage}>
          {t('common.more')}
        </Button>
      ) : null}
      <Panel title={t('staff.add')}>
        {handOver ? (
          <OnceSecret
            label={t('staff.passwordOnce', { login: handOver.login })}
            value={handOver.password}
            testId="new-password"
          />
        ) : null}
        <ErrorNotice error={create.error} />
        <Form<NewUser>
          form={form}
          layout="vertical"
          style={{ maxWidth: 480, marginTop: 12 }}
          initialValues={{ role: 'mediator' }}
          onFinish={(v) => create.mutate(v)}
        >
          <Form.Item name="role" label={t('staff.role')} rules={[{ required: true }]}>
            <Select options={STAFF_ROLES.map((r) => ({ value: r, label: t(`staff.roles.${r}`) }))} />
          </Form.Item>
          {newRole === 'merchant_staff' ? (
            <Form.Item name="merchantId" label={t('staff.merchant')} rules={[{ required: true }]}>
              <Select
                showSearch
                filterOption={false}
                onSearch={setMerchantQ}
                loading={merchants.isFetching}
                options={(merchants.data?.items ?? []).map((m) => ({
                  value: m.id,
                  label: `${m.tradeName || m.legalName} · ${m.creditCode}`,
                }))}
              />
            </Form.Item>
          ) : (
            <Form.Item name="orgId" label={t('staff.org')} rules={[{ required: true }]}>
              <Select
                options={(orgs.data?.items ?? [])
                  .filter((o) => (newRole === 'regulator') === (o.tier === 'regulator'))
                  .map((o) => ({ value: o.id, label: o.name }))}
              />
            </Form.Item>
          )}
          <Form.Item
            name="login"
            label={t('staff.login')}
            extra={t('staff.loginHelp')}
            rules={[{ required: true, pattern: /^[a-zA-Z0-9][a-zA-Z0-9._@-]{2,63}$/, message: t('staff.loginHelp') }]}
          >
            <Input autoComplete="off" maxLength={64} />
          </Form.Item>
          <Form.Item name="displayName" label={t('staff.displayName')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item label={t('staff.password')} required>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="password" noStyle rules={[{ required: true, min: 10, max: 128 }]}>
                <Input autoComplete="new-password" />
              </Form.Item>
              <Button onClick={() => form.setFieldValue('password', generatePassword())}>{t('staff.generate')}</Button>
            </Space.Compact>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('common.create')}
          </Button>
        </Form>
      </Panel>
    </div>
  );
}
