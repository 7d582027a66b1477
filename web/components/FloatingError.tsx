import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/errors';

/** A failed action's message, pinned to the bottom of the screen (on a phone the button may be far down). */
export function FloatingError({ error, onClose }: { error: unknown; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  return (
    <div className="hj-floating-error">
      <Alert type="error" showIcon role="alert" closable={{ onClose }} title={errorText(error, t, i18n.language)} />
    </div>
  );
}
