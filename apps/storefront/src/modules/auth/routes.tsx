import { Route } from 'react-router-dom';
import { signedIn } from './components/RequireAuth';
import { AccountPage } from './pages/AccountPage';
import { AccountSecurityPage } from './pages/AccountSecurityPage';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { LegalPage } from './pages/LegalPage';
import { LoginPage } from './pages/LoginPage';
import { RegisterPage } from './pages/RegisterPage';

/** Signing in and up, a forgotten password, the legal texts, and one's own account. */
export const authRoutes = (
  <>
    <Route path="login" element={<LoginPage />} />
    <Route path="register" element={<RegisterPage />} />
    <Route path="forgot-password" element={<ForgotPasswordPage />} />
    <Route path="legal/agreement" element={<LegalPage document="user_agreement" />} />
    <Route path="legal/privacy" element={<LegalPage document="privacy_policy" />} />
    <Route path="account/security" element={signedIn(<AccountSecurityPage />)} />
    <Route path="account" element={signedIn(<AccountPage />)} />
  </>
);
