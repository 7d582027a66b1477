import { Alert, Button, Checkbox, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../lib/format';
import type { CaseDetail } from '../../lib/types';

/**
 * The case's messages, and a box to write one when the lifecycle allows it. The merchant and the mediator
 * may send it as a question to the consumer: the deadlines pause until the consumer answers.
 */
export function Chat({
  c,
  onSend,
  busy,
  draft,
}: {
  c: CaseDetail;
  onSend: (body: string, kind: 'message' | 'question') => Promise<unknown>;
  busy: boolean;
  /** Optional: fills the box with a suggested text (the merchant's AI draft). */
  draft?: () => Promise<string>;
}) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [drafting, setDrafting] = useState(false);
  const [asking, setAsking] = useState(false);
  const mayAsk = c.allowedActions.includes('ask_consumer');
  const me = c.viewerRole === 'regulator' ? 'mediator' : c.viewerRole;
  const messages = [...c.messages].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  // A question to the consumer is open while the case waits on them (its deadlines paused).
  const asker = c.pausedAt !== null ? messages.findLast((m) => m.kind === 'question')?.authorRole : undefined;
  return (
    <div>
      {asker ? (
        <Alert
          type={c.viewerRole === 'consumer' ? 'warning' : 'info'}
          showIcon
          data-testid="open-question"
          style={{ marginBottom: 8 }}
          title={
            c.viewerRole === 'consumer'
              ? t('caseView.questionForYou', { who: t(`role.${asker}`, { defaultValue: asker }) })
              : t('caseView.waitingOnConsumer')
          }
        />
      ) : null}
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
            await onSend(text.trim(), mayAsk && asking ? 'question' : 'message');
            setText('');
            setAsking(false);
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
          {mayAsk ? (
            <Checkbox
              checked={asking}
              data-testid="ask-consumer"
              style={{ marginTop: 8 }}
              onChange={(e) => setAsking(e.target.checked)}
            >
              {t('caseView.askConsumer')}
            </Checkbox>
          ) : null}
          <Space style={{ marginTop: 8 }} wrap>
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
