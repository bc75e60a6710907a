import { namedSql } from '@yigou/server/database';

/** VerificationService.send: the per-phone advisory lock under which a send is counted (parallel requests take turns). */
export const LOCK_PHONE = namedSql<'phone'>(`SELECT pg_advisory_xact_lock(hashtext('sms:' || :phone))`);

/**
 * VerificationService.send: what the limits need, as of `:now`: seconds since the phone's last code (within a day),
 * the phone's codes in the last day, and the client address's in the last hour.
 */
export const RECENT_SENDS = namedSql<'phone' | 'now' | 'ip', { last_ago: string | null; phone_day: number; address_hour: number }>(
  `SELECT (SELECT extract(epoch FROM :now::timestamptz - max(created_at)) FROM sms_code WHERE phone = :phone AND created_at > :now::timestamptz - interval '1 day') AS last_ago,
                (SELECT count(*)::int FROM sms_code WHERE phone = :phone AND created_at > :now::timestamptz - interval '1 day') AS phone_day,
                (SELECT count(*)::int FROM sms_code WHERE ip = :ip AND created_at > :now::timestamptz - interval '1 hour') AS address_hour`,
);

/** VerificationService.solveCaptcha: uses the captcha once, within its validity, answering its hash (`db.query`: rows, count). */
export const USE_CAPTCHA = namedSql<'id' | 'now', { answer_hash: string }>(
  `UPDATE sms_captcha SET used_at = :now WHERE id = :id AND used_at IS NULL AND expires_at > :now RETURNING answer_hash`,
);

/** A code sent, as consume reads it. */
export interface SentCodeRow {
  id: string;
  code_hash: string;
  expires_at: Date;
  attempts: number;
  used_at: Date | null;
}

/**
 * VerificationService.consume: counts a try on the newest code sent to the phone for the purpose, answering the code
 * (run with `db.query`: rows and count).
 */
export const TRY_LATEST_CODE = namedSql<'phone' | 'purpose', SentCodeRow>(
  `UPDATE sms_code SET attempts = attempts + 1
        WHERE id = (SELECT id FROM sms_code WHERE phone = :phone AND purpose = :purpose ORDER BY created_at DESC, id DESC LIMIT 1)
       RETURNING id, code_hash, expires_at, attempts, used_at`,
);

/** VerificationService.consume: marks the code used unless it was already (run with `db.query` for the count). */
export const USE_CODE = namedSql<'id' | 'now'>(`UPDATE sms_code SET used_at = :now WHERE id = :id AND used_at IS NULL RETURNING id`);
