import { Link } from 'react-router-dom';
import { useT } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { ChangePhoneForm } from '../components/ChangePhoneForm';
import { useS } from '../utils/sms-labels';
import '../components/sms.css';

/** /account/security: change the password (with the current one) and the phone (code to the new one). */
export function AccountSecurityPage() {
  const S = useS();
  const t = useT();
  useDocumentTitle(S('securityTitle'));
  return (
    <div className="security-page">
      <p>
        <Link to="/account">← {t('nav.account')}</Link>
      </p>
      <h1>{S('securityTitle')}</h1>
      <section className="yg-card">
        <h2>{S('changePassword')}</h2>
        <ChangePasswordForm />
      </section>
      <section className="yg-card">
        <h2>{S('changePhone')}</h2>
        <ChangePhoneForm />
      </section>
    </div>
  );
}
