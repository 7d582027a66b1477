import { Button, type ButtonProps, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A button that asks first (a Modal, which the page loads anyway; Popconfirm would add the popover code). */
export function ConfirmButton({
  question,
  onConfirm,
  children,
  ...button
}: { question: ReactNode; onConfirm: () => Promise<unknown> | unknown; children: ReactNode } & Omit<
  ButtonProps,
  'onClick'
>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <Button {...button} onClick={() => setOpen(true)}>
        {children}
      </Button>
      <Modal
        open={open}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: busy, 'data-testid': 'confirm-ok' } as ButtonProps}
        onCancel={() => setOpen(false)}
        onOk={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            setOpen(false);
          }
        }}
      >
        {question}
      </Modal>
    </>
  );
}
