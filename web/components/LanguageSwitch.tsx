import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLanguage, setLanguage } from '../lib/i18n';

const SHORT = [
  { value: 'zh-CN', label: '简' },
  { value: 'zh-HK', label: '繁' },
  { value: 'en', label: 'EN' },
];

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <Segmented
      size="small"
      aria-label={t('app.language')}
      value={i18n.language}
      options={SHORT}
      onChange={(v) => {
        if (isLanguage(v)) void setLanguage(v);
      }}
    />
  );
}
