import { Route } from 'react-router-dom';
import { signedIn } from '../auth/components/RequireAuth';
import { NotificationsPage } from './pages/NotificationsPage';

/** One's notifications. */
export const notificationsRoutes = <Route path="notifications" element={signedIn(<NotificationsPage />)} />;
