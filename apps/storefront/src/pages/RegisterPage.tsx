import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useT } from '@yigou/web/i18n';
import { useDocumentTitle } from '../modules/app/hooks/useDocumentTitle';
import { RegisterForm } from '../modules/auth/components/RegisterForm';
import { useSession } from '../modules/auth/hooks/session';
import { safeNextPath } from '../modules/auth/utils/next-path';
import { AuthAside } from './LoginPage';

export function RegisterPage() {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useSession();
  const [params] = useSearchParams();
  // Coming from a protected page (e.g. an invitation link), go back there after registering.
  const next = safeNextPath(params.get('next'));
  useDocumentTitle(t('nav.register'));

  if (user) return <Navigate to={next} replace />;

  return (
    <div className="auth-page">
      <div className="auth-card yg-card">
        <h1 className="auth-card__title">{t('auth.registerTitle')}</h1>
        <p className="auth-card__lead">{t('auth.registerLead')}</p>
        <RegisterForm onSuccess={() => navigate(next, { replace: true })} />
        <p className="auth-card__switch">
          {t('auth.hasAccount')} <Link to={params.get('next') ? `/login?next=${encodeURIComponent(next)}` : '/login'}>{t('auth.toLogin')}</Link>
        </p>
      </div>
      <AuthAside />
    </div>
  );
}
