// The merchant's stores and their printable payment QR signs, the merchant's own details, and a new store.
import { useQuery } from '@tanstack/react-query';
import { Empty, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { AddStoreForm } from '../../features/merchant/AddStoreForm';
import { merchantApi } from '../../features/merchant/api';
import { MerchantDetails } from '../../features/merchant/MerchantDetails';
import { StoreCard } from '../../features/merchant/StoreCard';
import { useMe } from './MerchantLayout';

export default function Stores() {
  const me = useMe();
  const merchantId = me.merchantId!;
  const { t } = useTranslation('console');
  const profile = useQuery({
    queryKey: ['merchant-profile', merchantId],
    queryFn: () => merchantApi.profile(merchantId),
  });
  const regionCode = profile.data?.region.code ?? me.region?.code ?? '';
  const districts = useQuery({
    queryKey: ['districts', regionCode],
    queryFn: () => merchantApi.districts(regionCode),
    enabled: regionCode !== '',
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (profile.error) return <ErrorNotice error={profile.error} onRetry={() => void profile.refetch()} />;
  if (!profile.data) return <Loading />;
  const p = profile.data;
  const ds = districts.data ?? [];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="stores-page">
      <MerchantDetails profile={p} districts={ds} />
      <h2 style={{ margin: 0, fontSize: 18 }}>{t('stores.title')}</h2>
      <p className="hj-muted">{t('stores.publicLinkHelp')}</p>
      {p.stores.length === 0 ? (
        <Empty description={t('stores.empty')} />
      ) : (
        <div
          style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 460px), 1fr))' }}
        >
          {p.stores.map((s) => (
            <StoreCard key={s.id} store={s} />
          ))}
        </div>
      )}
      <ErrorNotice error={districts.error} />
      <AddStoreForm merchantId={merchantId} districts={ds} />
    </Space>
  );
}
