import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';

/** Phone first: one column, at most 640 px wide, usable from 360 px. */
export default function ConsumerLayout() {
  const { t } = useTranslation();
  return (
    <div className="hj-phone">
      <header className="hj-phone-header">
        <Link to="/" className="hj-brand">
          {t('app.name')}
        </Link>
        <nav>
          <Link to="/c">{t('myCases.title')}</Link>
          <LanguageSwitch />
        </nav>
      </header>
      <main className="hj-phone-main">
        <Outlet />
      </main>
    </div>
  );
}
