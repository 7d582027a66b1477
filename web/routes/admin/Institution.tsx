// One institution (platform admin): its receipt-signing public keys (register, retire, revoke), its API keys
// (issue — the key is shown once — and revoke) and its webhook (set: the signing secret is shown once).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Result, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { type ApiKey, adminApi, type ReceiptKey } from '../../features/admin/adminApi';
import { OnceSecret } from '../../features/admin/OnceSecret';
import { KeyInputError, publicJwkOf } from '../../features/admin/publicKey';
import { useMe } from '../../features/console/ConsoleLayout';
import { dateTime } from '../../lib/format';
import { showFieldErrors } from '../../lib/formErrors';

const STATUS_COLOR = { active: 'green', retired: 'default', revoked: 'red' } as const;

export default function Institution() {
  const { t, i18n } = useTranslation('admin');
  const lang = i18n.language;
  const me = useMe();
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const isAdmin = me.kind === 'platform_admin';
  const list = useQuery({ queryKey: ['admin', 'institutions'], queryFn: adminApi.institutions, enabled: isAdmin });
  const inst = list.data?.items.find((i) => i.id === id);
  const keysKey = ['admin', 'receipt-keys', id];
  const keys = useQuery({ queryKey: keysKey, queryFn: () => adminApi.receiptKeys(id), enabled: isAdmin });
  const apiKeysKey = ['admin', 'api-keys', id];
  const apiKeys = useQuery({ queryKey: apiKeysKey, queryFn: () => adminApi.apiKeys(id), enabled: isAdmin });
  const refreshKeys = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: keysKey }),
      qc.invalidateQueries({ queryKey: ['admin', 'institutions'] }),
    ]);

  const [keyForm] = Form.useForm<{ text: string; kid?: string }>();
  const addKey = useMutation({
    mutationFn: async (v: { text: string; kid?: string }) => {
      const jwk = await publicJwkOf(v.text);
      return adminApi.addReceiptKey(id, { jwk, ...(v.kid?.trim() ? { kid: v.kid.trim() } : {}) });
    },
    onSuccess: () => {
      keyForm.resetFields();
      return refreshKeys();
    },
    onError: (err) => {
      if (err instanceof KeyInputError)
        keyForm.setFields([{ name: 'text', errors: [t(`institution.keyProblems.${err.problem}`)] }]);
      else showFieldErrors(keyForm, err);
    },
  });
  const retire = useMutation({
    mutationFn: (v: { kid: string; revoke: boolean }) => adminApi.retireReceiptKey(id, v.kid, v.revoke),
    onSuccess: refreshKeys,
  });

  const [label, setLabel] = useState('');
  const [issued, setIssued] = useState<string | null>(null);
  const issue = useMutation({
    mutationFn: () => adminApi.issueApiKey(id, label.trim()),
    onSuccess: (k) => {
      setIssued(k.key);
      setLabel('');
      return qc.invalidateQueries({ queryKey: apiKeysKey });
    },
  });
  const revokeApi = useMutation({
    mutationFn: (keyId: string) => adminApi.revokeApiKey(id, keyId),
    onSuccess: () => qc.invalidateQueries({ queryKey: apiKeysKey }),
  });

  const [hookForm] = Form.useForm<{ url: string; lookupUrl?: string }>();
  const [secret, setSecret] = useState<string | null>(null);
  const hook = useMutation({
    mutationFn: (v: { url: string; lookupUrl?: string }) =>
      adminApi.setWebhook(id, { url: v.url.trim(), ...(v.lookupUrl?.trim() ? { lookupUrl: v.lookupUrl.trim() } : {}) }),
    onSuccess: (r) => {
      setSecret(r.secret);
      return qc.invalidateQueries({ queryKey: ['admin', 'institutions'] });
    },
    onError: (err) => showFieldErrors(hookForm, err),
  });

  if (!isAdmin) return <Result status="403" title={t('common.forbidden')} />;
  if (list.error) return <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data && !inst) return <Result status="404" title={t('institution.notFound')} />;
  return (
    <div className="hj-stack">
      <Link to="/admin/institutions">← {t('institutions.title')}</Link>
      <h2 style={{ margin: 0 }} data-testid="institution-name">
        {inst?.name}{' '}
        {inst ? (
          <span className="hj-muted">
            {t(`institutions.kinds.${inst.kind}`)} · {inst.id}
          </span>
        ) : null}
      </h2>

      <Panel title={t('institution.keys')}>
        <p className="hj-muted">{t('institution.keysHelp')}</p>
        <ErrorNotice error={keys.error ?? retire.error} />
        <Table<ReceiptKey>
          rowKey="kid"
          size="small"
          loading={keys.isPending}
          dataSource={keys.data?.keys ?? []}
          pagination={false}
          locale={{ emptyText: t('institution.noKeys') }}
          data-testid="receipt-keys"
          columns={[
            { title: 'kid', dataIndex: 'kid', render: (k: string) => <code>{k}</code> },
            { title: t('institution.alg'), dataIndex: 'alg' },
            {
              title: t('institution.status'),
              dataIndex: 'status',
              render: (s: ReceiptKey['status']) => (
                <Tag color={STATUS_COLOR[s]} data-status={s}>
                  {t(`institution.statuses.${s}`)}
                </Tag>
              ),
            },
            { title: t('common.createdAt'), dataIndex: 'createdAt', render: (x: string) => dateTime(x, lang) },
            {
              title: t('institution.retiredAt'),
              dataIndex: 'retiredAt',
              render: (x: string | null) => dateTime(x, lang),
            },
            {
              title: '',
              render: (_, k) => (
                <Space>
                  {k.status === 'active' ? (
                    <ConfirmButton
                      size="small"
                      question={t('institution.retireQ', { kid: k.kid })}
                      onConfirm={() => retire.mutateAsync({ kid: k.kid, revoke: false }).catch(() => undefined)}
                      data-testid={`retire-${k.kid}`}
                    >
                      {t('institution.retire')}
                    </ConfirmButton>
                  ) : null}
                  {k.status !== 'revoked' ? (
                    <ConfirmButton
                      size="small"
                      danger
                      question={t('institution.revokeQ', { kid: k.kid })}
                      onConfirm={() => retire.mutateAsync({ kid: k.kid, revoke: true }).catch(() => undefined)}
                      data-testid={`revoke-${k.kid}`}
                    >
                      {t('institution.revoke')}
                    </ConfirmButton>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
        <ErrorNotice error={addKey.error instanceof KeyInputError ? null : addKey.error} />
        <Form
          form={keyForm}
          layout="vertical"
          style={{ marginTop: 12, maxWidth: 640 }}
          onFinish={(v) => addKey.mutate(v)}
        >
          <Form.Item
            name="text"
            label={t('institution.keyText')}
            extra={t('institution.keyHelp')}
            rules={[{ required: true }]}
          >
            <Input.TextArea rows={4} spellCheck={false} style={{ fontFamily: 'monospace' }} data-testid="key-text" />
          </Form.Item>
          <Form.Item name="kid" label={t('institution.kidOptional')}>
            <Input maxLength={128} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={addKey.isPending} data-testid="add-key">
            {t('institution.addKey')}
          </Button>
        </Form>
      </Panel>

      <Panel title={t('institution.apiKeys')}>
        <p className="hj-muted">{t('institution.apiKeysHelp')}</p>
        {issued ? <OnceSecret label={t('institution.issuedOnce')} value={issued} testId="issued-key" /> : null}
        <ErrorNotice error={apiKeys.error ?? issue.error ?? revokeApi.error} />
        <Table<ApiKey>
          rowKey="id"
          size="small"
          loading={apiKeys.isPending}
          dataSource={apiKeys.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('institution.noApiKeys') }}
          columns={[
            { title: t('institution.prefix'), dataIndex: 'prefix', render: (p: string) => <code>{p}…</code> },
            { title: t('institution.label'), dataIndex: 'label' },
            { title: t('common.createdAt'), dataIndex: 'createdAt', render: (x: string) => dateTime(x, lang) },
            {
              title: t('institution.status'),
              dataIndex: 'revokedAt',
              render: (r: string | null) =>
                r ? (
                  <Tag color="red">
                    {t('institution.statuses.revoked')} {dateTime(r, lang)}
                  </Tag>
                ) : (
                  <Tag color="green">{t('institution.statuses.active')}</Tag>
                ),
            },
            {
              title: '',
              render: (_, k) =>
                k.revokedAt ? null : (
                  <ConfirmButton
                    size="small"
                    danger
                    question={t('institution.revokeApiKeyQ', { prefix: k.prefix })}
                    onConfirm={() => revokeApi.mutateAsync(k.id).catch(() => undefined)}
                  >
                    {t('institution.revoke')}
                  </ConfirmButton>
                ),
            },
          ]}
        />
        <Space.Compact style={{ marginTop: 12 }}>
          <Input
            placeholder={t('institution.label')}
            maxLength={100}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            style={{ width: 240 }}
          />
          <Button onClick={() => issue.mutate()} loading={issue.isPending} data-testid="issue-key">
            {t('institution.issue')}
          </Button>
        </Space.Compact>
      </Panel>

      <Panel title={t('institution.webhook')}>
        <p className="hj-muted">
          {inst?.webhookUrl ? t('institution.currentWebhook', { url: inst.webhookUrl }) : t('institution.noWebhook')}{' '}
          {inst?.webhookSecretSet ? t('institution.secretSet') : null}
        </p>
        {secret ? <OnceSecret label={t('institution.secretOnce')} value={secret} testId="webhook-secret" /> : null}
        <ErrorNotice error={hook.error} />
        <Form
          form={hookForm}
          layout="vertical"
          style={{ maxWidth: 640, marginTop: 12 }}
          onFinish={(v) => hook.mutate(v)}
        >
          <Form.Item
            name="url"
            label={t('institution.url')}
            rules={[{ required: true, type: 'url', message: t('institution.urlHelp') }]}
          >
            <Input maxLength={500} placeholder="https://" />
          </Form.Item>
          <Form.Item
            name="lookupUrl"
            label={t('institution.lookupUrl')}
            rules={[{ type: 'url', message: t('institution.urlHelp') }]}
          >
            <Input maxLength={500} placeholder="https://" />
          </Form.Item>
          <ConfirmButton
            type="primary"
            question={inst?.webhookSecretSet ? t('institution.replaceSecretQ') : t('institution.setWebhookQ')}
            onConfirm={async () => {
              const v = await hookForm.validateFields().catch(() => null);
              if (v) await hook.mutateAsync(v).catch(() => undefined);
            }}
          >
            {t('institution.setWebhook')}
          </ConfirmButton>
        </Form>
      </Panel>
    </div>
  );
}
