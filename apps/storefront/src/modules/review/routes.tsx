import { Route } from 'react-router-dom';
import { signedIn } from '../auth/components/RequireAuth';
import { ReviewPage } from './pages/ReviewPage';

/** The platform's review desk. */
export const reviewRoutes = <Route path="review" element={signedIn(<ReviewPage />)} />;
