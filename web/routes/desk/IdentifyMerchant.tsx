// A complaint filed without a merchant (an unknown payment account, or the consumer named none): the
// regulator finds the merchant in the region's register and names it; the case then goes to that merchant.
import { useQuery } from '@tanstack/react-query';
import { Alert, Select, Space } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Panel } from '../../components/Panel';
import { api } from '../../lib/api';
import type { CaseDetail } from '../../lib/types';

export function IdentifyMerchant({
  c,
  busy,
  run,
}: {
  c: CaseDetail;
  busy: boolean;
  run: (fn: () => Promise<CaseDetail>) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string | undefined>();
  const q = useDeferredValue(search.trim());
  const found = useQuery({
    queryKey: ['merchants', c.region.code, q],
    queryFn: () => api.findMerchants(c.region.code, q),
    enabled: q.length >= 2,
    staleTime: 30_000,
  });
  const choice = found.data?.items.find((m) => m.id === picked);
  return (
    <Panel title={t('desk.identifyMerchant')}>
      <Alert type="warning" showIcon title={t('desk.identifyHint')} style={{ marginBottom: 8 }} />
      <Space wrap>
        <Select
          aria-label={t('desk.merchantSearch')}
          data-testid="merchant-search"
          style={{ width: 360 }}
          showSearch={{ filterOption: false, onSearch: setSearch }}
          placeholder={t('desk.merchantSearch')}
          loading={found.isFetching}
          notFoundContent={q.length >= 2 && !found.isFetching ? t('desk.noMerchantFound') : null}
          value={picked}
          onChange={setPicked}
          options={(found.data?.items ?? []).map((m) => ({
            value: m.id,
            label: `${m.tradeName || m.legalName} · ${m.creditCode}${m.district ? ` · ${m.district.name}` : ''}`,
          }))}
        />
        <ConfirmButton
          type="primary"
          disabled={!picked}
          loading={busy}
          data-testid="identify-merchant"
          question={t('desk.identifyConfirm', { name: choice ? choice.legalName : '' })}
          onConfirm={() =>
            picked ? run(() => api.command(c.id, 'identify-merchant', { merchantId: picked })) : undefined
          }
        >
          {t('desk.identify')}
        </ConfirmButton>
      </Space>
    </Panel>
  );
}
