import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A secret the server shows once (API key, webhook secret, a new password): copyable, with the warning. */
export function OnceSecret({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useTranslation('admin');
  return (
    <Alert
      type="warning"
      showIcon
      title={label}
      description={
        <>
          <Typography.Text code copyable data-testid={testId}>
            {value}
          </Typography.Text>
          <div className="hj-muted">{t('common.showOnce')}</div>
        </>
      }
    />
  );
}
