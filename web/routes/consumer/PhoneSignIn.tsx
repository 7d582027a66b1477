// Consumer sign-in with a code sent by SMS: the phone given when complaining is the account, so the cases
// filed with it show on any device. The server is the judge of the number and the code; the checks here only
// save a round trip for an obvious typo.
import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useNow } from '../../features/cases/useNow';
import { ApiError, api, serverNow } from '../../lib/api';
import type { Me } from '../../lib/types';

const looksLikePhone = (p: string) => /^(\+?86)?1\d{10}$/.test(p.replace(/[\s-]/g, ''));
const maskForDisplay = (p: string) => p.replace(/[\s-]/g, '').replace(/^(\+?86)?(\d{3})\d{4}(\d{4})$/, '$2****$3');

export function PhoneSignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t } = useTranslation();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [validMinutes, setValidMinutes] = useState(5);
  const [resendAt, setResendAt] = useState(0);
  const [busy, setBusy] = useState<'send' | 'verify' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [touched, setTouched] = useState({ phone: false, code: false });
  const now = useNow();
  const waitS = Math.max(0, Math.ceil((resendAt - now) / 1000));
  const phoneBad = touched.phone && !looksLikePhone(phone);
  const codeBad = touched.code && !/^\d{6}$/.test(code);
  const fieldError = (field: string) =>
    error instanceof ApiError && error.fieldIssues.some((i) => i.path === field) ? error : null;

  async function send() {
    setTouched((x) => ({ ...x, phone: true }));
    if (!looksLikePhone(phone)) return;
    setBusy('send');
    setError(null);
    try {
      const sent = await api.requestOtp(phone);
      setSentTo(phone);
      setValidMinutes(Math.max(1, Math.round(sent.expiresInSeconds / 60)));
      setResendAt(serverNow() + sent.resendAfterSeconds * 1000);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  async function verify() {
    setTouched({ phone: true, code: true });
    if (!sentTo || !/^\d{6}$/.test(code)) return;
    setBusy('verify');
    setError(null);
    try {
      onSignedIn(await api.verifyOtp(sentTo, code));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Form
      layout="vertical"
      data-testid="phone-sign-in"
      onFinish={() => void (sentTo ? verify() : send())}
      requiredMark={false}
    >
      <p className="hj-muted">{t('myCases.signInText')}</p>
      <Form.Item
        label={t('myCases.phone')}
        validateStatus={phoneBad || fieldError('phone') ? 'error' : undefined}
        help={phoneBad ? t('myCases.badPhone') : undefined}
      >
        <Space.Compact style={{ width: '100%' }}>
          <Input
            aria-label={t('myCases.phone')}
            data-testid="phone"
            inputMode="tel"
            autoComplete="tel"
            maxLength={20}
            value={phone}
            onChange={(e) => {
              setPhone(e.target.value);
              if (sentTo && e.target.value !== sentTo) setSentTo(null);
            }}
            onBlur={() => setTouched((x) => ({ ...x, phone: true }))}
          />
          <Button data-testid="send-code" loading={busy === 'send'} disabled={waitS > 0} onClick={() => void send()}>
            {waitS > 0 ? t('myCases.resendIn', { s: waitS }) : t('myCases.sendCode')}
          </Button>
        </Space.Compact>
      </Form.Item>
      {sentTo ? (
        <>
          <p className="hj-muted" data-testid="code-sent">
            {t('myCases.codeSent', { phone: maskForDisplay(sentTo), minutes: validMinutes })}
          </p>
          <Form.Item
            label={t('myCases.code')}
            validateStatus={codeBad || fieldError('code') ? 'error' : undefined}
            help={codeBad ? t('myCases.badCode') : undefined}
          >
            <Input
              aria-label={t('myCases.code')}
              data-testid="otp-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              value={code}
              onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block data-testid="sign-in" loading={busy === 'verify'}>
            {t('myCases.signIn')}
          </Button>
        </>
      ) : null}
      {error ? (
        <div style={{ marginTop: 8 }}>
          <ErrorNotice error={error} />
        </div>
      ) : null}
    </Form>
  );
}
