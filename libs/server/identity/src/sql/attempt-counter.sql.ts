import { namedSql } from '@yigou/server/database';

/** The parameters of a key's policy: `:key`, `:now`, and its window, free attempts and delays (AttemptPolicy, in seconds). */
type Counted = 'key' | 'now' | 'windowSeconds' | 'free' | 'maxDelaySeconds' | 'firstDelaySeconds';

// `N` is the count after this attempt.
const N = `CASE WHEN c.last_at <= :now::timestamptz - :windowSeconds::int * interval '1 second' THEN 1 ELSE c.failures + 1 END`;
const blockedAfter = (n: string) =>
  `CASE WHEN ${n} >= :free::int THEN :now::timestamptz + least(:maxDelaySeconds::int, :firstDelaySeconds::int * power(2, least(${n} - :free::int, 20))) * interval '1 second' END`;

/**
 * AttemptThrottle.claim: counts the attempt unless the key is waiting, or (with `:addressKey`) the address is noisy
 * (`:addressFree` failures within its window `:addressWindowSeconds`) and this key already has `:noisyTries`
 * attempts, the last within the address's window. One statement: the upsert's row lock makes parallel attempts on one
 * key take turns, so each sees the count of the ones before it. Returns a row when the attempt may go ahead.
 */
export const CLAIM_ATTEMPT = namedSql<
  Counted | 'addressKey' | 'addressWindowSeconds' | 'addressFree' | 'noisyTries',
  { failures: number }
>(`
WITH address AS (
  SELECT EXISTS (
    SELECT 1 FROM attempt_counter
     WHERE key = :addressKey AND last_at > :now::timestamptz - :addressWindowSeconds::int * interval '1 second' AND failures >= :addressFree::int
  ) AS noisy
)
INSERT INTO attempt_counter AS c (key, failures, last_at, blocked_until)
VALUES (:key, 1, :now, ${blockedAfter('1')})
ON CONFLICT (key) DO UPDATE SET failures = ${N}, last_at = :now, blocked_until = ${blockedAfter(N)}
 WHERE (c.blocked_until IS NULL OR c.blocked_until <= :now)
   AND (c.failures < :noisyTries::int OR c.last_at <= :now::timestamptz - :addressWindowSeconds::int * interval '1 second' OR NOT (SELECT noisy FROM address))
RETURNING c.failures`);

/** AttemptThrottle.recordFailure: counts a failure after the fact (and sweeps rows nobody has touched for a day). */
export const RECORD_FAILED_ATTEMPT = namedSql<Counted>(`
WITH swept AS (
  DELETE FROM attempt_counter
   WHERE last_at < :now::timestamptz - interval '1 day' AND (blocked_until IS NULL OR blocked_until < :now) AND key <> :key
)
INSERT INTO attempt_counter AS c (key, failures, last_at, blocked_until)
VALUES (:key, 1, :now, ${blockedAfter('1')})
ON CONFLICT (key) DO UPDATE SET failures = ${N}, last_at = :now, blocked_until = greatest(c.blocked_until, ${blockedAfter(N)})`);

/** AttemptThrottle.assertNotWaiting: the key's wait, while it lasts. */
export const WAITING_UNTIL = namedSql<'key' | 'now', { blocked_until: Date }>(
  `SELECT blocked_until FROM attempt_counter WHERE key = :key AND blocked_until > :now`,
);

/** AttemptThrottle.clear: forgets the key's count (a correct password). */
export const CLEAR_ATTEMPTS = namedSql<'key'>(`DELETE FROM attempt_counter WHERE key = :key`);

/** AttemptThrottle.secondsToWait: the counters of these keys (the attempt's own and its address's). */
export const ATTEMPT_COUNTERS = namedSql<'keys', { key: string; failures: number; last_at: Date; blocked_until: Date | null }>(
  `SELECT key, failures, last_at, blocked_until FROM attempt_counter WHERE key = ANY(:keys)`,
);
