import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '@yigou/server/core';
import { queryNamed } from '@yigou/server/database';
import { ATTEMPT_COUNTERS, CLAIM_ATTEMPT, CLEAR_ATTEMPTS, RECORD_FAILED_ATTEMPT, WAITING_UNTIL } from '../sql/attempt-counter.sql';

/**
 * How attempts on one key are slowed: the first `free` attempts in a window go through at once; from the
 * `free`-th on, each one makes the next wait `firstDelaySeconds`, then twice that, and so on up to
 * `maxDelaySeconds` (a growing delay, never a lock that outlasts it). The count starts again after
 * `windowSeconds` without an attempt.
 */
export interface AttemptPolicy {
  windowSeconds: number;
  free: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
}

/**
 * Sign-in per account (every identifier of the account together; unknown logins per login string), counted
 * before the password is checked: after the n-th attempt (n ≥ 5) the next waits 2^n s: 32 s, 64 s … 15 min.
 */
export const SIGN_IN_ACCOUNT: AttemptPolicy = { windowSeconds: 3600, free: 5, firstDelaySeconds: 32, maxDelaySeconds: 900 };
/**
 * Failed sign-ins per client address. At `free` failures in the window the address is "noisy": from it, an
 * account may be tried only while it has fewer than NOISY_ADDRESS_TRIES attempts since its last quiet
 * `windowSeconds` (a typo and the right password); accounts that keep failing wait. Correct passwords of the
 * other accounts behind the same address (an office's NAT) still sign in.
 */
export const SIGN_IN_ADDRESS: AttemptPolicy = { windowSeconds: 900, free: 30, firstDelaySeconds: 0, maxDelaySeconds: 0 };
export const NOISY_ADDRESS_TRIES = 2;
/** Registrations per client address, counted before the existence check and the password hash. */
export const REGISTER_ADDRESS: AttemptPolicy = { windowSeconds: 3600, free: 20, firstDelaySeconds: 2, maxDelaySeconds: 300 };
/** Failed token refreshes per client address (a valid refresh token is 256 random bits: this bounds the cost of trying). */
export const REFRESH_ADDRESS: AttemptPolicy = { windowSeconds: 900, free: 30, firstDelaySeconds: 2, maxDelaySeconds: 300 };

export const accountKey = (userId: string) => `account:${userId}`;
/** The account tried from an address it signed in from within KNOWN_ADDRESS_DAYS: counted apart from the rest. */
export const accountAtAddressKey = (userId: string, ip: string) => `account:${userId}@${ip}`;
export const KNOWN_ADDRESS_DAYS = 30;
export const unknownLoginKey = (login: string) => `login:${login}`;
export const addressKey = (purpose: 'sign-in' | 'register' | 'refresh', ip: string) => `ip:${purpose}:${ip}`;

/** The wait set after the n-th counted attempt (the SQL of attempt-counter.sql.ts computes the same). */
export function delayAfter(n: number, policy: AttemptPolicy): number {
  if (n < policy.free) return 0;
  return Math.min(policy.maxDelaySeconds, policy.firstDelaySeconds * 2 ** Math.min(n - policy.free, 20));
}

const policyParams = (p: AttemptPolicy) => ({
  windowSeconds: p.windowSeconds,
  free: p.free,
  maxDelaySeconds: p.maxDelaySeconds,
  firstDelaySeconds: p.firstDelaySeconds,
});

export type TooManyAttempts = (retryAfterSeconds: number) => AppError;

/** Attempt counters in PostgreSQL (`attempt_counter`), shared by every API process. */
@Injectable()
export class AttemptThrottle {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Counts an attempt on `key` before it is tried, or refuses it (`refuse` with the seconds to wait) while the
   * key waits out its delay, or while `address` is noisy and `key` keeps failing.
   */
  async claim(
    key: string,
    policy: AttemptPolicy,
    now: Date,
    refuse: TooManyAttempts,
    address?: { key: string; policy: AttemptPolicy },
  ): Promise<void> {
    const addressParams = address
      ? {
          addressKey: address.key,
          addressWindowSeconds: address.policy.windowSeconds,
          addressFree: address.policy.free,
          noisyTries: NOISY_ADDRESS_TRIES,
        }
      : { addressKey: null, addressWindowSeconds: 0, addressFree: 0, noisyTries: 0 };
    const rows = await queryNamed(this.db, CLAIM_ATTEMPT, { key, now, ...policyParams(policy), ...addressParams });
    if (rows.length > 0) return;
    throw refuse(await this.secondsToWait(key, policy, now, address));
  }

  /** Counts a failure on `key` (after it was tried), setting its delay once past the free ones. */
  async recordFailure(key: string, policy: AttemptPolicy, now: Date): Promise<void> {
    await queryNamed(this.db, RECORD_FAILED_ATTEMPT, { key, now, ...policyParams(policy) });
  }

  /** Refuses while `key` waits out a delay set by recorded failures. */
  async assertNotWaiting(key: string, now: Date, refuse: TooManyAttempts): Promise<void> {
    const rows = await queryNamed(this.db, WAITING_UNTIL, { key, now });
    if (rows.length > 0) throw refuse(secondsUntil(rows[0].blocked_until, now));
  }

  /** Forgets the count of `key` (a correct password). */
  async clear(key: string): Promise<void> {
    await queryNamed(this.db, CLEAR_ATTEMPTS, { key });
  }

  private async secondsToWait(
    key: string,
    policy: AttemptPolicy,
    now: Date,
    address?: { key: string; policy: AttemptPolicy },
  ): Promise<number> {
    const rows = await queryNamed(this.db, ATTEMPT_COUNTERS, { keys: [key, address?.key ?? key] });
    const own = rows.find((r) => r.key === key);
    if (!own) return 1;
    if (own.blocked_until && own.blocked_until > now) return secondsUntil(own.blocked_until, now);
    // Refused because the address is noisy: the key may try again after a quiet address window of its own, or once the address's ends.
    const window = (address?.policy ?? policy).windowSeconds * 1000;
    const other = rows.find((r) => r.key === address?.key);
    const ends = [own.last_at, other?.last_at ?? own.last_at].map((at) => at.getTime() + window);
    return secondsUntil(new Date(Math.min(...ends)), now);
  }
}

function secondsUntil(at: Date, now: Date): number {
  return Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 1000));
}
