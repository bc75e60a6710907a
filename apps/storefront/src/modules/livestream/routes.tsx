import { Route } from 'react-router-dom';
import { signedIn } from '../auth/components/RequireAuth';
import { LiveListPage } from './pages/LiveListPage';
import { LiveReportPage } from './pages/LiveReportPage';
import { LiveRoomPage } from './pages/LiveRoomPage';

/** Live sessions and their rooms (open to everyone), and the session report. */
export const livestreamRoutes = (
  <>
    <Route path="live" element={<LiveListPage />} />
    <Route path="live/report" element={signedIn(<LiveReportPage />)} />
    <Route path="live/:id" element={<LiveRoomPage />} />
  </>
);
