import type { KeysetColumns } from '@yigou/server/core';
import { namedSql } from '@yigou/server/database';

/** HouseholdService.create: serialises the creation of one household number (the check for it being taken, then the insert). */
export const LOCK_HOUSEHOLD_NO = namedSql<'householdNo'>(`SELECT pg_advisory_xact_lock(hashtext('household_no:' || :householdNo))`);

/** HouseholdService.reveal: serialises one user's reveals (the hourly count, then the log row). */
export const LOCK_USER_REVEALS = namedSql<'userId'>(`SELECT pg_advisory_xact_lock(hashtext('household-reveal:' || :userId))`);

/** HouseholdService.reveal: how many reveals the user made in the last hour, and when the oldest of them was. */
export const REVEALS_LAST_HOUR = namedSql<'userId', { n: number; oldest: Date | null }>(
  `SELECT count(*)::int AS n, min(created_at) AS oldest FROM household_access_log
          WHERE user_id = :userId AND action = 'reveal' AND created_at > now() - interval '1 hour'`,
);

/** HouseholdService.importHouseholds: which of the sheet's household numbers are taken already (any county). */
export const TAKEN_HOUSEHOLD_NOS = namedSql<'householdNos', { household_no: string }>(
  `SELECT household_no FROM household WHERE household_no = ANY(:householdNos)`,
);

/** HouseholdAccessLogService.page: how many lines a county's access log has, of the instants `:start`–`:end` when given. */
export const ACCESS_LOG_COUNT = namedSql<'countyCode' | 'start' | 'end', { n: number }>(
  `SELECT count(*)::int AS n FROM household_access_log
          WHERE county_code = :countyCode
            AND (:start::timestamptz IS NULL OR created_at >= :start) AND (:end::timestamptz IS NULL OR created_at < :end)`,
);

/** A line of the household access log, with the household's number. */
export interface AccessLogRow {
  id: string;
  action: string;
  county_code: string;
  household_id: string | null;
  household_no: string | null;
  user_id: string;
  detail: string;
  ip: string | null;
  created_at: Date;
}

/** The names accessLogPageSql's statement takes; the keyset's placeholders follow them (`sqlKeyset(order, after, 4)`). */
export const ACCESS_LOG_PAGE_NAMES = 3;

/**
 * HouseholdAccessLogService.rows: a county's access log after a keyset, at most `limit` lines, of the instants from
 * `:start` (inclusive) to `:end` (exclusive) when given; the keyset's placeholders `$4`, `$5` follow the three names,
 * its values go after theirs.
 */
export const accessLogPageSql = (keyset: { select: string; where: string; orderBy: string }, limit: number) =>
  namedSql<'countyCode' | 'start' | 'end', AccessLogRow & KeysetColumns>(
    `SELECT l.id, l.action, l.county_code, l.household_id, h.household_no, l.user_id, l.detail, l.ip, l.created_at, ${keyset.select}
         FROM household_access_log l LEFT JOIN household h ON h.id = l.household_id
        WHERE l.county_code = :countyCode
          AND (:start::timestamptz IS NULL OR l.created_at >= :start) AND (:end::timestamptz IS NULL OR l.created_at < :end)
          AND ${keyset.where}
        ORDER BY ${keyset.orderBy} LIMIT ${limit}`,
  );
