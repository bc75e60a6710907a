import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useT } from '@yigou/web/i18n';
import { AuthTabs } from '../components/AuthTabs';
import { SmsLoginForm } from '../components/SmsLoginForm';
import { useSmsAvailable } from '../hooks/useSmsAvailable';
import { useS } from '../utils/sms-labels';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { LoginForm } from '../components/LoginForm';
import { useSession } from '../hooks/session';
import { safeNextPath } from '../utils/next-path';
import '../auth.css';

export function LoginPage() {
  const t = useT();
  const S = useS();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  // 密码登录 stays the default: the demo accounts sign in with a password; ?tab=sms opens 短信登录.
  const smsAvailable = useSmsAvailable();
  const tab = smsAvailable && params.get('tab') === 'sms' ? 'sms' : 'password';
  const { user } = useSession();
  const next = safeNextPath(params.get('next'));
  useDocumentTitle(t('nav.login'));

  if (user) return <Navigate to={next} replace />;

  return (
    <div className="auth-page">
      <div className="auth-card yg-card">
        <h1 className="auth-card__title">{t('auth.loginTitle')}</h1>
        <p className="auth-card__lead">{t('auth.loginLead')}</p>
        {params.get('reset') === '1' && (
          <div className="yg-alert sms-success" role="status" data-testid="reset-done">
            {S('resetDone')}
          </div>
        )}
        {!smsAvailable && (
          <p className="sms-note" data-testid="sms-unavailable">
            {S('unavailable')}
          </p>
        )}
        <AuthTabs
          tabs={
            smsAvailable
              ? [
                  { key: 'sms', label: S('tabSms') },
                  { key: 'password', label: S('tabPassword') },
                ]
              : [{ key: 'password', label: S('tabPassword') }]
          }
          value={tab}
          onChange={(key) => {
            const nextParams = new URLSearchParams(params);
            nextParams.delete('reset');
            if (key === 'sms') nextParams.set('tab', 'sms');
            else nextParams.delete('tab');
            setParams(nextParams, { replace: true });
          }}
        />
        {tab === 'sms' ? (
          <SmsLoginForm onSuccess={() => navigate(next, { replace: true })} />
        ) : (
          <LoginForm onSuccess={() => navigate(next, { replace: true })} />
        )}
        <p className="sms-links">
          <Link to="/forgot-password" data-testid="forgot-password">
            {S('forgot')}
          </Link>
        </p>
        <p className="auth-card__switch">
          {t('auth.noAccount')}{' '}
          <Link to={params.get('next') ? `/register?next=${encodeURIComponent(next)}` : '/register'}>{t('auth.toRegister')}</Link>
        </p>
      </div>
      <AuthAside />
    </div>
  );
}

const AUTH_ASIDE_PRODUCTS = [
  ['梨', '汾西县 · 玉露香梨'],
  ['禽', '汾西县 · 肉鸡'],
  ['菇', '汾西县 · 双孢菇'],
  ['蜜', '交城县 · 关帝山蜂蜜'],
] as const;

export function AuthAside() {
  const t = useT();
  return (
    <aside className="auth-aside" aria-hidden="true">
      <p className="auth-aside__big">以购代捐</p>
      <p>{t('app.footer')}</p>
      <ul>
        {AUTH_ASIDE_PRODUCTS.map(([glyph, text]) => (
          <li key={text}>
            <span className="auth-aside__glyph">{glyph}</span>
            {text}
          </li>
        ))}
      </ul>
    </aside>
  );
}
