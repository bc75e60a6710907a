import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useT } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { AuthTabs } from '../components/AuthTabs';
import { RegisterForm } from '../components/RegisterForm';
import { SmsRegisterForm } from '../components/SmsRegisterForm';
import { useSmsAvailable } from '../hooks/useSmsAvailable';
import { useS } from '../utils/sms-labels';
import { useSession } from '../hooks/session';
import { safeNextPath } from '../utils/next-path';
import { AuthAside } from './LoginPage';
import '../auth.css';

export function RegisterPage() {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const S = useS();
  // 手机号注册 proves the phone by an SMS code; 邮箱注册 remains for people without a mainland number.
  const smsAvailable = useSmsAvailable();
  const tab = !smsAvailable || params.get('tab') === 'email' ? 'email' : 'phone';
  // Coming from a protected page (e.g. an invitation link), go back there after registering.
  const next = safeNextPath(params.get('next'));
  useDocumentTitle(t('nav.register'));

  if (user) return <Navigate to={next} replace />;

  return (
    <div className="auth-page">
      <div className="auth-card yg-card">
        <h1 className="auth-card__title">{t('auth.registerTitle')}</h1>
        <p className="auth-card__lead">{t('auth.registerLead')}</p>
        <AuthTabs
          tabs={
            smsAvailable
              ? [
                  { key: 'phone', label: S('tabRegisterPhone') },
                  { key: 'email', label: S('tabRegisterEmail') },
                ]
              : [{ key: 'email', label: S('tabRegisterEmail') }]
          }
          value={tab}
          onChange={(key) => {
            const nextParams = new URLSearchParams(params);
            if (key === 'email') nextParams.set('tab', 'email');
            else nextParams.delete('tab');
            setParams(nextParams, { replace: true });
          }}
        />
        {tab === 'phone' ? (
          <SmsRegisterForm onSuccess={() => navigate(next, { replace: true })} />
        ) : (
          <RegisterForm onSuccess={() => navigate(next, { replace: true })} />
        )}
        <p className="auth-card__switch">
          {t('auth.hasAccount')}{' '}
          <Link to={params.get('next') ? `/login?next=${encodeURIComponent(next)}` : '/login'}>{t('auth.toLogin')}</Link>
        </p>
      </div>
      <AuthAside />
    </div>
  );
}
