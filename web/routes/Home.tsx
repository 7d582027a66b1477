import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Panel } from '../components/Panel';

export default function Home() {
  const { t } = useTranslation();
  return (
    <div className="hj-phone">
      <header className="hj-phone-header">
        <span className="hj-brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main className="hj-phone-main">
        <p className="hj-tagline">{t('app.tagline')}</p>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Panel title={t('home.consumerTitle')}>
            <p>{t('home.consumerText')}</p>
            <Space wrap>
              <Link to="/c">
                <Button type="primary">{t('home.myCases')}</Button>
              </Link>
              <Link to="/c/file">
                <Button>{t('home.enterCode')}</Button>
              </Link>
            </Space>
          </Panel>
          <Panel title={t('home.staffTitle')}>
            <p>{t('home.staffText')}</p>
            <Link to="/login">
              <Button>{t('home.signIn')}</Button>
            </Link>
          </Panel>
        </Space>
      </main>
    </div>
  );
}
