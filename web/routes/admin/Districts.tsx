// A region's districts (区县): where merchants and stores are, and which mediation organisation takes a case.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { adminApi, type District } from '../../features/admin/adminApi';
import { showFieldErrors } from '../../lib/formErrors';
import { useRegion } from './RegionLayout';

type NewDistrict = { code: string; name: string; nameEn?: string };

export default function Districts() {
  const { t } = useTranslation('admin');
  const { region, manages } = useRegion();
  const qc = useQueryClient();
  const [form] = Form.useForm<NewDistrict>();
  const add = useMutation({
    mutationFn: (v: NewDistrict) =>
      adminApi.addDistrict(region.code, {
        code: v.code.trim(),
        name: v.name.trim(),
        ...(v.nameEn?.trim() ? { nameEn: v.nameEn.trim() } : {}),
      }),
    onSuccess: () => {
      form.resetFields();
      return qc.invalidateQueries({ queryKey: ['admin', 'region', region.code] });
    },
    onError: (err) => showFieldErrors(form, err),
  });
  return (
    <div className="hj-stack">
      <p className="hj-muted" style={{ margin: 0 }}>
        {t('regions.timeZone')}: {region.timeZone} · {t('regions.currency')}: {region.currency}
      </p>
      <Table<District>
        rowKey="id"
        dataSource={region.districts}
        pagination={false}
        locale={{ emptyText: t('districts.empty') }}
        data-testid="districts"
        columns={[
          { title: t('districts.code'), dataIndex: 'code' },
          { title: t('districts.name'), dataIndex: 'name' },
          { title: t('districts.nameEn'), dataIndex: 'nameEn' },
        ]}
      />
      {manages ? (
        <Panel title={t('districts.add')}>
          <ErrorNotice error={add.error} />
          <Form<NewDistrict> form={form} layout="inline" onFinish={(v) => add.mutate(v)}>
            <Form.Item
              name="code"
              label={t('districts.code')}
              rules={[
                { required: true, pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$/, message: t('districts.codeHelp') },
              ]}
            >
              <Input id="district-code" maxLength={16} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="name" label={t('districts.name')} rules={[{ required: true, whitespace: true }]}>
              <Input id="district-name" maxLength={100} />
            </Form.Item>
            <Form.Item name="nameEn" label={t('districts.nameEn')}>
              <Input maxLength={100} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="add-district">
              {t('common.add')}
            </Button>
          </Form>
        </Panel>
      ) : null}
    </div>
  );
}
