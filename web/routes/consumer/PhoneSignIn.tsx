// Consumer sign-in with a code sent by SMS. The cases filed on this device (their tokens) join the phone's
// account, so they show on any device the consumer signs in on. The server is the judge of the number and the
// code; the check here only saves a round trip for an obvious typo.
import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePhone } from '../../../src/modules/identity/phone';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useNow } from '../../features/cases/useNow';
import { ApiError, api, serverNow } from '../../lib/api';
import { savedCases } from '../../lib/caseTokens';
import type { Me } from '../../lib/types';

// The server's own rule (full-width digits, +86/0086, spaces and brackets accepted), so both agree.
const looksLikePhone = (p: string) => parsePhone(p).ok;
const maskForDisplay = (p: string) => {
  const parsed = parsePhone(p);
  return parsed.ok ? `${parsed.phone.slice(0, 3)}****${parsed.phone.slice(7)}` : p;
};

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
    // The cases filed on this device join the account. A token the server no longer knows (a case removed, a
    // reset demo) fails the whole request before the code is checked, so then sign in without them.
    const tokens = savedCases().map((c) => c.token);
    try {
      try {
        onSignedIn(await api.verifyOtp(sentTo, code, tokens));
      } catch (e) {
        if (!(tokens.length > 0 && e instanceof ApiError && e.code === 'UNAUTHENTICATED')) throw e;
        onSignedIn(await api.verifyOtp(sentTo, code));
      }
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
