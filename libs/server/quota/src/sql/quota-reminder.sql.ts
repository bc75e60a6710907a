import { namedSql } from '@yigou/server/database';

/**
 * QuotaReminderService.send: serialises sending reminders (`:kind` is the reminders' inbox kind), so two reviewers
 * sending at once (overlapping jurisdictions) do not both pass the once-a-day check.
 */
export const LOCK_REMINDERS = namedSql<'kind'>(`SELECT pg_advisory_xact_lock(hashtext(:kind))`);
