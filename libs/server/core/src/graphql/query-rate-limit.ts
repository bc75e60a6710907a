import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { HeaderMap } from '@apollo/server';
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ERROR_CODES } from '@yigou/shared/domain';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppError } from '../errors/app-error';

/** Who a GraphQL request is charged to: the signed-in user, or the address of an anonymous client. */
export function rateLimitKey(user: { id: string } | null, ip: string): string {
  return user ? `u:${user.id}` : `ip:${ip}`;
}

/** A refusal that names when to come back: HTTP 429 with Retry-After, and `retryAfterSeconds` for the storefront. */
function comeBackLater(code: string, message: string, retryAfterSeconds: number): AppError {
  return new AppError(code, message, {
    retryAfterSeconds,
    http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
  });
}

export function rateLimitedError(retryAfterSeconds: number): AppError {
  return comeBackLater(ERROR_CODES.RATE_LIMITED, `请求过于频繁，请 ${retryAfterSeconds} 秒后再试`, retryAfterSeconds);
}

/** An upload refused by the user's upload budget (QueryRateLimiter.chargeUpload). */
export function uploadLimitedError(retryAfterSeconds: number): AppError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return comeBackLater(ERROR_CODES.RATE_LIMITED, `上传的文件太多，请 ${minutes} 分钟后再试`, retryAfterSeconds);
}

export function serverBusyError(): AppError {
  return comeBackLater(ERROR_CODES.SERVER_BUSY, '访问人数较多，请稍后再试', 1);
}

const MEGABYTE = 1024 * 1024;

/**
 * Per-client budgets of GraphQL cost (rate-limiter-flexible: Redis with REDIS_URL, so every API process
 * draws on one budget; memory otherwise, and as the fallback while Redis is unreachable). Each operation
 * is charged its complexity (the figure the query-limits plugin computes), so one request with a
 * thousand aliases costs what it runs, not one hit.
 *
 * Anonymous queries also pass a gate: at most `anonymousConcurrency` run at once in this process, the
 * rest wait up to `anonymousQueueMs`, then are told the server is busy. A flood from many addresses,
 * each within its own budget, therefore takes a bounded share of the process and of the database pool,
 * and `/health` and signed-in users keep the rest.
 */
@Injectable()
export class QueryRateLimiter implements OnModuleDestroy {
  private readonly log = new Logger('rate-limit');
  private readonly anonymous: RateLimiterAbstract | null;
  private readonly users: RateLimiterAbstract | null;
  /** Megabytes of files per user and window (UPLOAD_BUDGET_MB), every API process on one budget with Redis. */
  private readonly uploads: RateLimiterAbstract | null;
  private readonly redis: Redis | null = null;
  /** Keys refused recently, until when (ms): their next requests are refused before any parsing. */
  private readonly blockedUntil = new Map<string, number>();
  private running = 0;
  private readonly waiting: { admit: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const { anonymousPoints, userPoints, windowSeconds } = config.rateLimit;
    const uploadBudget = config.uploadBudget;
    if (config.redisUrl && (anonymousPoints > 0 || userPoints > 0 || uploadBudget.megabytes > 0)) {
      // No offline queue: while Redis is down a charge fails at once and the in-memory insurance limiter answers.
      this.redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectionName: 'yigou-rate-limit' });
      this.redis.on('error', (e: Error) => this.log.warn(`redis: ${e.message}`));
    }
    const make = (points: number, prefix: string, duration = windowSeconds): RateLimiterAbstract | null => {
      if (points <= 0) return null;
      const memory = new RateLimiterMemory({ points, duration, keyPrefix: prefix });
      if (!this.redis) return memory;
      return new RateLimiterRedis({
        storeClient: this.redis,
        points,
        duration,
        keyPrefix: `${config.redisKeyPrefix}rl:${prefix}`,
        insuranceLimiter: memory,
      });
    };
    this.anonymous = make(anonymousPoints, 'anon');
    this.users = make(userPoints, 'user');
    this.uploads = make(uploadBudget.megabytes, 'upload', uploadBudget.windowSeconds);
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }

  /** Seconds an anonymous client from `ip` must still wait (0 = none): checked before its request is parsed. */
  blockedSeconds(key: string, now = Date.now()): number {
    const until = this.blockedUntil.get(key);
    if (until === undefined) return 0;
    if (until <= now) {
      this.blockedUntil.delete(key);
      return 0;
    }
    return Math.ceil((until - now) / 1000);
  }

  /** Charges `cost` to `key`; throws RATE_LIMITED (HTTP 429) when that spends more than the client has left. */
  async charge(key: string, cost: number, anonymous: boolean): Promise<void> {
    const ms = await this.consume(anonymous ? this.anonymous : this.users, key, cost);
    if (ms === null) return;
    if (this.blockedUntil.size > 10_000) this.blockedUntil.clear();
    this.blockedUntil.set(key, Date.now() + ms);
    throw rateLimitedError(Math.ceil(ms / 1000));
  }

  /**
   * Charges an upload of `bytes` (as the request declares them, before they are read) to the user's upload budget:
   * whole megabytes rounded up, at least one, so a flood of tiny files is counted too. Throws RATE_LIMITED (429).
   */
  async chargeUpload(userId: string, bytes: number): Promise<void> {
    const ms = await this.consume(this.uploads, `u:${userId}`, Math.max(1, Math.ceil(bytes / MEGABYTE)));
    if (ms !== null) throw uploadLimitedError(Math.ceil(ms / 1000));
  }

  /** Takes `cost` points from `key`'s budget; null when they were there (or there is no budget), else ms to wait. */
  private async consume(limiter: RateLimiterAbstract | null, key: string, cost: number): Promise<number | null> {
    if (!limiter || cost <= 0) return null;
    try {
      await limiter.consume(key, Math.max(1, Math.round(cost)));
      return null;
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) {
        // the store failed and there is no insurance answer: serve rather than refuse everyone
        this.log.warn(`rate limit store failed: ${String(e)}`);
        return null;
      }
      return Math.max(1000, e.msBeforeNext);
    }
  }

  /**
   * A place for one anonymous query to run; resolves to its release. Waits in order behind the ones
   * already running; throws SERVER_BUSY (HTTP 429) after `anonymousQueueMs` or when too many wait.
   */
  async enterAnonymous(): Promise<() => void> {
    const { anonymousConcurrency, anonymousQueueMs } = this.config.rateLimit;
    if (anonymousConcurrency <= 0) return () => undefined;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) {
        clearTimeout(next.timer);
        next.admit();
      } else this.running--;
    };
    if (this.running < anonymousConcurrency) {
      this.running++;
      return release;
    }
    if (this.waiting.length >= anonymousConcurrency * 25) throw serverBusyError();
    await new Promise<void>((resolve, reject) => {
      const entry = {
        admit: resolve,
        timer: setTimeout(() => {
          const i = this.waiting.indexOf(entry);
          if (i >= 0) this.waiting.splice(i, 1);
          reject(serverBusyError());
        }, anonymousQueueMs),
      };
      this.waiting.push(entry);
    });
    return release;
  }
}
