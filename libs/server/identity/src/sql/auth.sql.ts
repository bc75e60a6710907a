import { namedSql } from '@yigou/server/database';

/** The signed-in user's account row, one row per role grant (none: one row with null grant columns). */
export interface AuthenticatedUserRow {
  id: string;
  display_name: string;
  unit_id: string | null;
  disabled: boolean;
  username: string | null;
  phone: string | null;
  email: string | null;
  created_at: Date;
  updated_at: Date;
  role: string | null;
  g_unit: string | null;
  g_supplier: string | null;
  g_region: string | null;
}

/**
 * AuthService.readFromDatabase, on every authenticated request (so a disabled account, a revoked role or an ended
 * session counts at once, in every API process): prepared, and one round trip. The session check is an index-only
 * probe of the open rows of the token's session family (`IDX_auth_session_open_family`).
 */
export const AUTHENTICATED_USER = namedSql<'userId' | 'familyId', AuthenticatedUserRow>(
  `SELECT u.id, u.display_name, u.unit_id, u.disabled, u.username, u.phone, u.email, u.created_at, u.updated_at, g.role, g.unit_id AS g_unit, g.supplier_id AS g_supplier, g.region_code AS g_region
     FROM app_user u LEFT JOIN role_grant g ON g.user_id = u.id
    WHERE u.id = :userId
      AND EXISTS (SELECT 1 FROM auth_session s WHERE s.family_id = :familyId AND s.revoked_at IS NULL AND s.user_id = u.id)`,
);

/** AuthService.signedInFrom: whether the user opened a session from this address since `:since`. */
export const SIGNED_IN_FROM = namedSql<'userId' | 'ip' | 'since'>(
  `SELECT 1 FROM auth_session WHERE user_id = :userId AND ip = :ip AND created_at > :since LIMIT 1`,
);
