import { Link, Navigate, useNavigate } from 'react-router-dom';
import { useT } from '@yigou/web/i18n';
import { useDocumentTitle } from '../modules/app/hooks/useDocumentTitle';
import { RegisterForm } from '../modules/auth/components/RegisterForm';
import { useSession } from '../modules/auth/hooks/session';
import { AuthAside } from './LoginPage';

export function RegisterPage() {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useSession();
  useDocumentTitle(t('nav.register'));

  if (user) return <Navigate to="/account" replace />;

  return (
    <div className="auth-page">
      <div className="auth-card yg-card">
        <h1 className="auth-card__title">{t('auth.registerTitle')}</h1>
        <p className="auth-card__lead">{t('auth.registerLead')}</p>
        <RegisterForm onSuccess={() => navigate('/account', { replace: true })} />
        <p className="auth-card__switch">
          {t('auth.hasAccount')} <Link to="/login">{t('auth.toLogin')}</Link>
        </p>
      </div>
      <AuthAside />
    </div>
  );
}
