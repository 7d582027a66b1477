// One store with its 放心消费收款码: the code as the API draws it (SVG), a PNG download in a chosen size, the
// printable A6 sign (PDF, with the commitments in force) and the public page the code opens.
import { Button, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../components/Panel';
import { type Store, storeLinks } from './api';

const PNG_SIZES = [512, 1024, 2048] as const;

export function StoreCard({ store }: { store: Store }) {
  const { t } = useTranslation('console');
  const [size, setSize] = useState<number>(1024);
  const links = storeLinks(store.id);
  // Exactly what the code encodes (the server's PUBLIC_URL), wherever the console itself is served from.
  const pageUrl = store.publicUrl;
  return (
    <Panel title={store.name} data-testid="store-card" data-store-id={store.id}>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <img src={links.svg} alt={t('stores.qrAlt', { name: store.name })} width={168} height={168} />
        <Space orientation="vertical" size={8} style={{ minWidth: 0 }}>
          <span className="hj-muted">{[store.district?.name, store.address].filter(Boolean).join(' · ') || '—'}</span>
          <div>
            <div className="hj-muted">{t('stores.publicLink')}</div>
            <Typography.Text copyable={{ text: pageUrl }} data-testid="store-link">
              <a href={pageUrl} target="_blank" rel="noopener">
                {pageUrl}
              </a>
            </Typography.Text>
          </div>
          <Space wrap>
            <Button type="primary" href={links.sign} target="_blank" rel="noopener" data-testid="store-sign">
              {t('stores.sign')}
            </Button>
            <Space.Compact>
              <Select
                aria-label={t('stores.pngSize')}
                value={size}
                onChange={setSize}
                options={PNG_SIZES.map((s) => ({ value: s, label: `${s} px` }))}
                style={{ width: 110 }}
              />
              <Button href={links.png(size)} download={`hejie-qr-${store.id}.png`} data-testid="store-png">
                {t('stores.png')}
              </Button>
            </Space.Compact>
          </Space>
        </Space>
      </div>
    </Panel>
  );
}
