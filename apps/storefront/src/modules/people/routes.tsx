import { Route } from 'react-router-dom';
import { signedIn } from '../auth/components/RequireAuth';
import { PeopleAdminPage } from './pages/PeopleAdminPage';
import { ScopePeoplePage } from './pages/ScopePeoplePage';

/** Appointing people to roles: the platform's desk and its audit, a county's and a supplier's own people. */
export const peopleRoutes = (
  <>
    <Route path="admin/people" element={signedIn(<PeopleAdminPage tab="people" />)} />
    <Route path="admin/people/audit" element={signedIn(<PeopleAdminPage tab="audit" />)} />
    <Route path="county/people" element={signedIn(<ScopePeoplePage kind="county" />)} />
    <Route path="supplier/people" element={signedIn(<ScopePeoplePage kind="supplier" />)} />
  </>
);
