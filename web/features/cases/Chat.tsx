import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../lib/format';
import type { CaseDetail } from '../../lib/types';

/** The case's messages, and a box to write one when the lifecycle allows it. */
export function Chat({
  c,
  onSend,
  busy,
  draft,
}: {
  c: CaseDetail;
  onSend: (body: string) => Promise<unknown>;
  busy: boolean;
  /** Optional: fills the box with a suggested text (the merchant's AI draft). */
  draft?: () => Promise<string>;
}) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [drafting, setDrafting] = useState(false);
  const me = c.viewerRole === 'regulator' ? 'mediator' : c.viewerRole;
  const messages = [...c.messages].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <div>
      {messages.length === 0 ? <p className="hj-muted">{t('caseView.noMessages')}</p> : null}
      <div className="hj-chat" data-testid="chat">
        {messages.map((m) => (
          <div key={m.id} className={`hj-msg ${m.authorRole === me ? 'hj-msg-mine' : ''}`}>
            <div className="hj-muted">
              {t(`role.${m.authorRole}`, { defaultValue: m.authorRole })}
              {m.kind === 'question' ? ` · ${t('caseView.question')}` : ''} · {dateTime(m.createdAt, i18n.language)}
            </div>
            <div className="hj-msg-body">{m.body}</div>
          </div>
        ))}
      </div>
      {c.allowedActions.includes('message') ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (!text.trim()) return;
            await onSend(text.trim());
            setText('');
          }}
        >
          <Input.TextArea
            aria-label={t('caseView.messagePlaceholder')}
            rows={2}
            maxLength={4000}
            value={text}
            placeholder={t('caseView.messagePlaceholder')}
            onChange={(e) => setText(e.target.value)}
          />
          <Space style={{ marginTop: 8 }}>
            <Button htmlType="submit" type="primary" loading={busy} disabled={!text.trim()}>
              {t('caseView.send')}
            </Button>
            {draft ? (
              <Button
                loading={drafting}
                onClick={async () => {
                  setDrafting(true);
                  try {
                    setText(await draft());
                  } finally {
                    setDrafting(false);
                  }
                }}
              >
                {t('merchant.draft')}
              </Button>
            ) : null}
          </Space>
        </form>
      ) : null}
    </div>
  );
}
