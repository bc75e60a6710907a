import { useEffect, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { TextField } from '@yigou/web/ui';
import type { SmsCodePurpose } from '../../../generated/graphql';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { describeError } from '../../errors/utils/describe-error';
import { REQUEST_SMS_CODE_MUTATION, SMS_CAPTCHA_MUTATION } from '../graphql/sms.documents';
import { PHONE_RE, useS } from '../utils/sms-labels';
import './sms.css';

interface Props {
  phone: string;
  purpose: SmsCodePurpose;
  value: string;
  onChange: (code: string) => void;
  error?: string | null;
  /** A problem with the phone (shown by the phone field). */
  onPhoneError: (message: string) => void;
}

/**
 * The code input with its 获取验证码 button: sends the code, counts down to the next send, and shows the picture
 * captcha when the server asks for one (CAPTCHA_REQUIRED), sending again with its answer.
 */
export function SmsCodeField({ phone, purpose, value, onChange, error, onPhoneError }: Props) {
  const S = useS();
  const errorMessage = useErrorMessage();
  const [wait, setWait] = useState(0);
  const [note, setNote] = useState<string | null>(null);
  const [sendError, setSendError] = useState<string | null>(null);
  const [captcha, setCaptcha] = useState<{ id: string; svg: string } | null>(null);
  const [answer, setAnswer] = useState('');
  const [request, { loading }] = useMutation(REQUEST_SMS_CODE_MUTATION);
  const [loadCaptcha] = useMutation(SMS_CAPTCHA_MUTATION);

  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  async function newCaptcha() {
    setAnswer('');
    try {
      const { data } = await loadCaptcha();
      if (data) setCaptcha(data.smsCaptcha);
    } catch (err) {
      setSendError(errorMessage(err));
    }
  }

  async function send() {
    setNote(null);
    setSendError(null);
    const p = phone.trim();
    if (!PHONE_RE.test(p)) {
      onPhoneError(S('phoneInvalid'));
      return;
    }
    try {
      const { data } = await request({
        variables: { input: { phone: p, purpose, ...(captcha ? { captchaId: captcha.id, captchaAnswer: answer.trim() } : {}) } },
      });
      if (data) {
        setCaptcha(null);
        setWait(data.requestSmsCode.resendAfterSeconds);
        setNote(S('sent', { phone: data.requestSmsCode.phone }));
      }
    } catch (err) {
      const d = describeError(err);
      if (d.code === 'CAPTCHA_REQUIRED') {
        setSendError(errorMessage(err));
        await newCaptcha();
      } else if (d.field === 'phone' || d.code === 'ALREADY_REGISTERED') {
        onPhoneError(errorMessage(err));
      } else {
        if (d.code === 'TOO_MANY_ATTEMPTS' && d.retryAfterSeconds && d.retryAfterSeconds <= 120) setWait(d.retryAfterSeconds);
        setSendError(errorMessage(err));
      }
    }
  }

  return (
    <>
      {captcha && (
        <div className="sms-captcha" data-testid="sms-captcha" data-captcha-id={captcha.id}>
          <img
            className="sms-captcha__img"
            alt={S('captcha')}
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(captcha.svg)}`}
          />
          <TextField
            label={S('captcha')}
            name="captchaAnswer"
            autoComplete="off"
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            hint={S('captchaHint')}
          />
          <button type="button" className="yg-button yg-button--ghost" onClick={newCaptcha}>
            {S('captchaRefresh')}
          </button>
        </div>
      )}
      <div className="sms-code">
        <TextField
          label={S('code')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          placeholder={S('codePlaceholder')}
          value={value}
          onChange={(e) => onChange(e.target.value.replace(/\D/g, ''))}
          error={error ?? sendError}
        />
        <button
          type="button"
          className="yg-button yg-button--ghost sms-code__send"
          onClick={send}
          disabled={loading || wait > 0}
          data-testid="send-code"
        >
          {loading ? S('sending') : wait > 0 ? S('resendIn', { s: wait }) : S('sendCode')}
        </button>
      </div>
      {note && (
        <p className="sms-note" role="status" data-testid="code-sent">
          {note}
        </p>
      )}
    </>
  );
}
