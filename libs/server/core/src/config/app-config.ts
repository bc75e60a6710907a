import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { weakHouseholdKey, weakJwtSecret } from './production-checks';
import { SmsConfig, smsConfig } from './sms-config';
import { loadWechatPayConfig, WechatPayConfig } from './wechatpay-config';
import { AlipayConfig, AlipayConfigError, loadAlipayConfig } from './alipay-config';

/**
 * Every setting the API reads, validated once at start. A wrong or missing
 * setting stops the process with one line that names it (see main.ts).
 */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** Empty when the embedded PostgreSQL should be started. */
  databaseUrl: string | null;
  /** Streaming replicas for reads that may lag (reports, catalogue listings); empty = all reads on the primary. */
  databaseReplicaUrls: string[];
  /** Where the embedded PostgreSQL keeps its data and where uploads go by default. */
  dataDir: string;
  embeddedPgPort: number;
  redisUrl: string | null;
  /** Prefix of every Redis key and pub/sub channel, so deployments (and test runs) sharing a Redis never collide. */
  redisKeyPrefix: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  loadDemoData: boolean;
  corsOrigins: string[];
  /**
   * Which peers are proxies whose X-Forwarded-For is believed (Fastify's `trustProxy`, as Express's `trust proxy` read it): false = none, a
   * number
   * = that many hops in front of the API, or addresses, CIDR ranges and the names loopback, linklocal,
   * uniquelocal. The client address counts sign-in attempts and is written to access logs. Default loopback.
   */
  trustProxy: false | number | string[];
  stripeSecretKey: string | null;
  stripePublishableKey: string | null;
  stripeWebhookSecret: string | null;
  /** Where the Stripe SDK sends requests (tests point it at a local stand-in); null = api.stripe.com. */
  stripeApiHost: string | null;
  stripeApiPort: number | null;
  stripeApiProtocol: 'http' | 'https' | null;
  /** How long one request to Stripe may take before its answer counts as unknown (refunds are then reconciled, never failed). */
  stripeTimeoutMs: number;
  /** WeChat Pay API v3 (WECHATPAY_*); null = not configured, shown as unavailable. */
  wechatPay: WechatPayConfig | null;
  /** Alipay direct (电脑网站支付 / 手机网站支付); null = not configured, Alipay shows as unavailable. */
  alipay: AlipayConfig | null;
  maxQueryDepth: number;
  maxQueryComplexity: number;
  /** SQL statements one GraphQL query (not mutation) may send before it is refused (GRAPHQL_MAX_STATEMENTS). */
  maxQueryStatements: number;
  /** Per-client GraphQL cost budgets and the anonymous gate (see QueryRateLimiter); 0 turns a part off. */
  rateLimit: RateLimitConfig;
  /**
   * Megabytes of files one signed-in user may upload per window, all kinds together (UPLOAD_BUDGET_MB, default 1000;
   * each file costs its declared size rounded up to whole megabytes, at least 1), and the window
   * (UPLOAD_BUDGET_WINDOW_SECONDS, default 3600). 0 = no budget (the default under NODE_ENV=test).
   */
  uploadBudget: { megabytes: number; windowSeconds: number };
  /** AES-256 key for household ID numbers at rest: 64 hex characters or 32 bytes base64; null = development key. */
  householdIdKey: string | null;
  /** Where uploaded images go: null = the data folder; otherwise an S3-compatible bucket. */
  s3: S3Config | null;
  /** Deliver domain events automatically (LISTEN/NOTIFY + poll). Tests may turn it off and drain by hand. */
  eventsAutoDeliver: boolean;
  /** Attempts a consumer makes at an event before parking it in the dead-letter list (EVENTS_MAX_ATTEMPTS, default 8). */
  eventsMaxAttempts: number;
  /** Run this process's periodic-job worker (JOBS_ENABLED, default true; never under NODE_ENV=test). */
  jobsEnabled: boolean;
  /** Backoff before the second attempt, doubled after each failure up to `eventsRetryMaxMs` (EVENTS_RETRY_BASE_MS, default 1000). */
  eventsRetryBaseMs: number;
  eventsRetryMaxMs: number;
  /** Days a consumer's record of a handled event is kept (EVENT_CONSUMPTION_RETENTION_DAYS, default 30; the daily retention job). */
  eventConsumptionRetentionDays: number;
  /**
   * How long an anonymous catalogue read (products, product, supplier, regions, categories) may be answered from
   * the shared response cache, in ms; 0 = no cache. Catalogue writes invalidate it at once; the TTL bounds the
   * drift of what changes without a catalogue write (stock reserved by orders). Default 3000, 0 under NODE_ENV=test.
   */
  publicCacheTtlMs: number;
  /** Where `npm run backup` writes (and the nightly embedded backup keeps) backups, and how many it keeps. */
  backupDir: string;
  backupKeep: number;
  /** Nightly backup of the embedded database at this Shanghai hour (0-23); null = off. Only when running embedded. */
  backupHour: number | null;
  /** HTTP worker processes (node cluster) sharing the port; more than 1 needs DATABASE_URL and REDIS_URL. */
  apiWorkers: number;
  /** Checkouts of one SKU that one API process runs in the database at once; the rest wait in the process (SkuGate). */
  checkoutsPerSku: number;
  /** How long a checkout may wait for its SKUs' places before the buyer is told to try again (CHECKOUT_BUSY). */
  checkoutWaitMs: number;
  /** Which service sends SMS verification codes (SMS_PROVIDER and SMS_*; see sms-config.ts). */
  sms: SmsConfig;
  /** SMS codes one client address may ask for per hour (SMS_ADDRESS_HOURLY_LIMIT; a unit behind one NAT address may need more). */
  smsAddressPerHour: number;
  /**
   * Cache the per-request user read in each process (USER_CACHE, default true): evicted through LISTEN/NOTIFY,
   * identity changes wait for every process's acknowledgement (AuthenticatedUserCache). false = every request reads.
   */
  userCache: boolean;
}

export interface RateLimitConfig {
  /** Cost an anonymous client (per IP) may spend per window (RATE_LIMIT_ANONYMOUS_POINTS). Default 6000; 0 under NODE_ENV=test. */
  anonymousPoints: number;
  /** Cost a signed-in user may spend per window (RATE_LIMIT_USER_POINTS). Default 30000; 0 under NODE_ENV=test. */
  userPoints: number;
  /** RATE_LIMIT_WINDOW_SECONDS, default 10. */
  windowSeconds: number;
  /** Anonymous queries running at once per process (ANONYMOUS_CONCURRENCY). Default 4; 0 = no gate (default under test). */
  anonymousConcurrency: number;
  /** How long an anonymous query waits for a place before SERVER_BUSY (ANONYMOUS_QUEUE_MS, default 2000). */
  anonymousQueueMs: number;
}

export interface S3Config {
  /** e.g. https://s3.cn-north-1.amazonaws.com.cn or http://127.0.0.1:9000 (MinIO) */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** true: <endpoint>/<bucket>/<key> (MinIO and most self-hosted stores); false: <bucket>.<endpoint host>/<key>. */
  forcePathStyle: boolean;
  /**
   * When the bucket is publicly readable (or has a CDN): image requests are redirected to <publicUrl>/<key>; null = the API proxies them.
   */
  publicUrl: string | null;
}

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`配置错误 ${setting}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => p + '//').join(' or ')}`);
  }
  return raw;
}

function optionalPrefixed(env: Env, name: string, prefixes: string[]): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  if (!prefixes.some((p) => raw.startsWith(p))) {
    throw new ConfigError(name, `must start with ${prefixes.join(' or ')}`);
  }
  return raw;
}

function stripeProtocol(env: Env): 'http' | 'https' | null {
  const raw = env.STRIPE_API_PROTOCOL?.trim();
  if (!raw) return null;
  if (raw !== 'http' && raw !== 'https') throw new ConfigError('STRIPE_API_PROTOCOL', `must be http or https, got "${raw}"`);
  return raw;
}

const S3_VARS = [
  'S3_ENDPOINT',
  'S3_BUCKET',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
  'S3_PUBLIC_URL',
];

function s3Config(env: Env): S3Config | null {
  if (!S3_VARS.some((n) => env[n]?.trim())) return null;
  const endpoint = url(env, 'S3_ENDPOINT', ['http:', 'https:']);
  if (!endpoint)
    throw new ConfigError('S3_ENDPOINT', 'is required when any S3_ setting is given (e.g. https://s3.cn-north-1.amazonaws.com.cn)');
  const bucket = env.S3_BUCKET?.trim() ?? '';
  if (!bucket) throw new ConfigError('S3_BUCKET', 'is required when S3_ENDPOINT is set');
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    throw new ConfigError('S3_BUCKET', `must be 3-63 lowercase letters, digits, dots or hyphens, got "${bucket}"`);
  const region = env.S3_REGION?.trim() || 'us-east-1';
  if (!/^[a-z0-9-]+$/.test(region)) throw new ConfigError('S3_REGION', `must look like us-east-1 or cn-north-1, got "${region}"`);
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim() ?? '';
  if (!accessKeyId) throw new ConfigError('S3_ACCESS_KEY_ID', 'is required when S3_ENDPOINT is set');
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim() ?? '';
  if (!secretAccessKey) throw new ConfigError('S3_SECRET_ACCESS_KEY', 'is required when S3_ENDPOINT is set');
  const publicUrl = url(env, 'S3_PUBLIC_URL', ['http:', 'https:']);
  return {
    endpoint: endpoint.replace(/\/+$/, ''),
    bucket,
    region,
    accessKeyId,
    secretAccessKey,
    forcePathStyle: bool(env, 'S3_FORCE_PATH_STYLE', false),
    publicUrl: publicUrl ? publicUrl.replace(/\/+$/, '') : null,
  };
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function trustProxy(env: Env): AppConfig['trustProxy'] {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw) return ['loopback'];
  if (/^(false|none|0)$/i.test(raw)) return false;
  if (/^true$/i.test(raw)) {
    throw new ConfigError(
      'TRUST_PROXY',
      "true would believe an X-Forwarded-For header from anyone; give the proxies' addresses (e.g. 10.0.0.0/8) or the number of proxy hops",
    );
  }
  if (/^\d+$/.test(raw)) return int(env, 'TRUST_PROXY', 1, 1, 10);
  const parts = raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const part of parts) {
    if (PROXY_NAMES.includes(part)) continue;
    const [address, bits, extra] = part.split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (!family || !bitsOk || extra !== undefined) {
      throw new ConfigError(
        'TRUST_PROXY',
        `"${part}" is not an address, a CIDR range, ${PROXY_NAMES.join(', ')}, false or a number of hops`,
      );
    }
  }
  return parts;
}

function replicaUrls(env: Env, primary: string | null): string[] {
  const raw = env.DATABASE_REPLICA_URLS?.trim();
  if (!raw) return [];
  if (!primary) throw new ConfigError('DATABASE_REPLICA_URLS', 'needs DATABASE_URL (replicas of the primary it names)');
  return raw.split(',').map((u, i) => {
    const one = url({ DATABASE_REPLICA_URLS: u.trim() }, 'DATABASE_REPLICA_URLS', ['postgres:', 'postgresql:']);
    if (!one) throw new ConfigError('DATABASE_REPLICA_URLS', `entry ${i + 1} is empty`);
    return one;
  });
}

function workers(env: Env): number {
  const n = int(env, 'API_WORKERS', 1, 1, 16);
  // Each worker is its own process: live pushes and cache invalidations cross them only through Redis,
  // and an embedded PostgreSQL cannot be started by several processes.
  if (n > 1 && !env.DATABASE_URL?.trim()) throw new ConfigError('API_WORKERS', 'more than 1 needs DATABASE_URL');
  if (n > 1 && !env.REDIS_URL?.trim()) throw new ConfigError('API_WORKERS', 'more than 1 needs REDIS_URL');
  return n;
}

function alipay(env: Env, production: boolean): AlipayConfig | null {
  try {
    return loadAlipayConfig(env, production);
  } catch (e) {
    if (e instanceof AlipayConfigError) throw new ConfigError(e.setting, e.message);
    throw e;
  }
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    throw new ConfigError('NODE_ENV', `must be development, production or test, got "${nodeEnvRaw}"`);
  }
  const nodeEnv = nodeEnvRaw as AppConfig['nodeEnv'];
  const logLevel = (env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info')) as AppConfig['logLevel'];
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of fatal, error, warn, info, debug, trace, silent`);
  }
  const production = nodeEnv === 'production';
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  // The embedded PostgreSQL is for trials and development: production names its database server.
  if (production && !databaseUrl)
    throw new ConfigError('DATABASE_URL', 'is required in production (postgres://user:password@host:5432/yigou)');
  let jwtSecret = env.JWT_SECRET?.trim() ?? '';
  if (!jwtSecret) {
    if (production) throw new ConfigError('JWT_SECRET', 'is required in production');
    jwtSecret = env.YIGOU_DEV_SECRET ?? randomBytes(32).toString('hex');
  } else if (jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  } else if (production) {
    const weak = weakJwtSecret(jwtSecret);
    if (weak) throw new ConfigError('JWT_SECRET', weak);
  }
  const householdIdKey = env.HOUSEHOLD_ID_KEY?.trim() || null;
  if (householdIdKey) {
    const key = /^[0-9a-f]{64}$/i.test(householdIdKey) ? Buffer.from(householdIdKey, 'hex') : Buffer.from(householdIdKey, 'base64');
    if (key.length !== 32) throw new ConfigError('HOUSEHOLD_ID_KEY', 'must be 32 bytes: 64 hex characters or base64');
    const weak = production ? weakHouseholdKey(key) : null;
    if (weak) throw new ConfigError('HOUSEHOLD_ID_KEY', weak);
  } else if (production) {
    throw new ConfigError('HOUSEHOLD_ID_KEY', 'is required in production (64 hex characters, e.g. from `openssl rand -hex 32`)');
  }
  const stripeSecretKey = optionalPrefixed(env, 'STRIPE_SECRET_KEY', ['sk_', 'rk_']);
  const stripePublishableKey = optionalPrefixed(env, 'STRIPE_PUBLISHABLE_KEY', ['pk_']);
  if (stripeSecretKey && !stripePublishableKey) {
    throw new ConfigError('STRIPE_PUBLISHABLE_KEY', 'is required when STRIPE_SECRET_KEY is set');
  }
  return {
    nodeEnv,
    port: int(env, 'PORT', 3000, 1, 65535),
    databaseUrl,
    databaseReplicaUrls: replicaUrls(env, databaseUrl),
    dataDir: env.YIGOU_DATA_DIR?.trim() || '.data',
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    redisKeyPrefix: env.REDIS_KEY_PREFIX?.trim() || 'yigou:',
    jwtSecret,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 15 * 60, 30, 24 * 3600),
    refreshTokenTtlSeconds: int(env, 'REFRESH_TOKEN_TTL_SECONDS', 30 * 24 * 3600, 60, 365 * 24 * 3600),
    logLevel,
    // Demo accounts share a published password: production loads them only when asked to in so many words.
    loadDemoData: bool(env, 'LOAD_DEMO_DATA', !production),
    corsOrigins: (env.CORS_ORIGINS ?? 'http://localhost:4200,http://127.0.0.1:4200')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    trustProxy: trustProxy(env),
    stripeSecretKey,
    stripePublishableKey,
    stripeWebhookSecret: optionalPrefixed(env, 'STRIPE_WEBHOOK_SECRET', ['whsec_']),
    stripeApiHost: env.STRIPE_API_HOST?.trim() || null,
    stripeApiPort: env.STRIPE_API_PORT?.trim() ? int(env, 'STRIPE_API_PORT', 443, 1, 65535) : null,
    stripeApiProtocol: stripeProtocol(env),
    stripeTimeoutMs: int(env, 'STRIPE_TIMEOUT_MS', 15_000, 100, 120_000),
    wechatPay: loadWechatPayConfig({ ...env, NODE_ENV: nodeEnv }),
    alipay: alipay(env, production),
    maxQueryDepth: int(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 50),
    maxQueryComplexity: int(env, 'GRAPHQL_MAX_COMPLEXITY', 2000, 10, 100000),
    maxQueryStatements: int(env, 'GRAPHQL_MAX_STATEMENTS', 200, 5, 100000),
    rateLimit: {
      anonymousPoints: int(env, 'RATE_LIMIT_ANONYMOUS_POINTS', nodeEnv === 'test' ? 0 : 6000, 0, 10_000_000),
      userPoints: int(env, 'RATE_LIMIT_USER_POINTS', nodeEnv === 'test' ? 0 : 30000, 0, 10_000_000),
      windowSeconds: int(env, 'RATE_LIMIT_WINDOW_SECONDS', 10, 1, 3600),
      anonymousConcurrency: int(env, 'ANONYMOUS_CONCURRENCY', nodeEnv === 'test' ? 0 : 4, 0, 1000),
      anonymousQueueMs: int(env, 'ANONYMOUS_QUEUE_MS', 2000, 0, 60_000),
    },
    uploadBudget: {
      megabytes: int(env, 'UPLOAD_BUDGET_MB', nodeEnv === 'test' ? 0 : 1000, 0, 1_000_000),
      windowSeconds: int(env, 'UPLOAD_BUDGET_WINDOW_SECONDS', 3600, 1, 86_400),
    },
    householdIdKey,
    eventsAutoDeliver: bool(env, 'EVENTS_AUTO_DELIVER', true),
    eventsMaxAttempts: int(env, 'EVENTS_MAX_ATTEMPTS', 8, 1, 100),
    jobsEnabled: bool(env, 'JOBS_ENABLED', true),
    eventsRetryBaseMs: int(env, 'EVENTS_RETRY_BASE_MS', 1000, 0, 3_600_000),
    eventsRetryMaxMs: int(env, 'EVENTS_RETRY_MAX_MS', 10 * 60_000, 0, 24 * 3_600_000),
    eventConsumptionRetentionDays: int(env, 'EVENT_CONSUMPTION_RETENTION_DAYS', 30, 1, 3650),
    s3: s3Config(env),
    publicCacheTtlMs: int(env, 'PUBLIC_CACHE_TTL_MS', nodeEnv === 'test' ? 0 : 3000, 0, 60_000),
    apiWorkers: workers(env),
    backupDir: env.BACKUP_DIR?.trim() || `${env.YIGOU_DATA_DIR?.trim() || '.data'}/backups`,
    backupKeep: int(env, 'BACKUP_KEEP', 14, 1, 1000),
    backupHour: env.BACKUP_HOUR?.trim() === 'off' ? null : int(env, 'BACKUP_HOUR', 3, 0, 23),
    checkoutsPerSku: int(env, 'CHECKOUTS_PER_SKU', 2, 1, 64),
    checkoutWaitMs: int(env, 'CHECKOUT_WAIT_MS', 10_000, 100, 120_000),
    sms: smsConfig(env, nodeEnv),
    smsAddressPerHour: int(env, 'SMS_ADDRESS_HOURLY_LIMIT', 20, 1, 100_000),
    userCache: bool(env, 'USER_CACHE', true),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
