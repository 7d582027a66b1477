import { Modal } from 'antd';
import type { ReactNode } from 'react';

/** One photo at full width, with what is known about it underneath. */
export function PhotoPreview({
  src,
  title,
  footer,
  onClose,
}: {
  src: string | null;
  title: string;
  footer?: ReactNode;
  onClose: () => void;
}) {
  return (
    <Modal open={src !== null} title={title} footer={null} onCancel={onClose} width={720} centered destroyOnHidden>
      {src ? <img className="hj-ev-preview" src={src} alt={title} data-testid="evidence-preview" /> : null}
      {footer ? <div style={{ marginTop: 8 }}>{footer}</div> : null}
    </Modal>
  );
}
