import { ConfigError, loadConfig } from './app-config';

/** A production environment that passes: every test below breaks one setting of it. */
const PROD = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://yigou:pw@db:5432/yigou',
  JWT_SECRET: 'f3Vq9kLm2Xr7TbW1nZp8Yd4Hc6Js0GeA',
  HOUSEHOLD_ID_KEY: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
};

describe('production refuses unsafe settings with one line naming the setting', () => {
  it('accepts real secrets and a database server, and loads no demo data unless asked', () => {
    const c = loadConfig(PROD);
    expect(c.databaseUrl).toBe(PROD.DATABASE_URL);
    expect(c.loadDemoData).toBe(false);
    expect(loadConfig({ ...PROD, LOAD_DEMO_DATA: 'true' }).loadDemoData).toBe(true);
    expect(loadConfig({}).loadDemoData).toBe(true);
  });

  it('refuses the compose file placeholders and patterned or all-zero keys', () => {
    expect(() => loadConfig({ ...PROD, JWT_SECRET: 'change-me-to-a-long-random-secret-of-32-chars' })).toThrow(
      /^配置错误 JWT_SECRET: is a placeholder/,
    );
    expect(() => loadConfig({ ...PROD, JWT_SECRET: 'x'.repeat(40) })).toThrow(/^配置错误 JWT_SECRET: is too guessable/);
    expect(() => loadConfig({ ...PROD, JWT_SECRET: 'short' })).toThrow(/^配置错误 JWT_SECRET: must be at least 32 characters$/);
    expect(() => loadConfig({ ...PROD, HOUSEHOLD_ID_KEY: '0'.repeat(64) })).toThrow(/^配置错误 HOUSEHOLD_ID_KEY: is too guessable/);
    expect(() => loadConfig({ ...PROD, HOUSEHOLD_ID_KEY: 'ab'.repeat(32) })).toThrow(/HOUSEHOLD_ID_KEY: is too guessable/);
    expect(() => loadConfig({ ...PROD, DATABASE_URL: '' })).toThrow(/^配置错误 DATABASE_URL: is required in production/);
  });

  it('takes read replicas only beside a primary', () => {
    expect(loadConfig({ ...PROD, DATABASE_REPLICA_URLS: 'postgres://r1/yigou, postgres://r2/yigou' }).databaseReplicaUrls).toEqual([
      'postgres://r1/yigou',
      'postgres://r2/yigou',
    ]);
    expect(loadConfig({}).databaseReplicaUrls).toEqual([]);
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://r1/yigou' })).toThrow(
      /^配置错误 DATABASE_REPLICA_URLS: needs DATABASE_URL/,
    );
    expect(() => loadConfig({ ...PROD, DATABASE_REPLICA_URLS: 'mysql://r1' })).toThrow(/DATABASE_REPLICA_URLS: must start with postgres/);
  });

  it('leaves development and tests free to use simple keys', () => {
    expect(loadConfig({ JWT_SECRET: 'x'.repeat(32), HOUSEHOLD_ID_KEY: '0'.repeat(64) }).jwtSecret).toBe('x'.repeat(32));
  });
});

describe('configuration', () => {
  it('starts with sensible defaults on a fresh machine', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeNull();
    expect(c.redisUrl).toBeNull();
    expect(c.stripeSecretKey).toBeNull();
    expect(c.checkoutsPerSku).toBe(2);
    expect(c.checkoutWaitMs).toBe(10_000);
  });

  it('names the setting that is wrong in one line', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(new ConfigError('PORT', 'must be a whole number, got "abc"'));
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL: is required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: PROD.DATABASE_URL })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: PROD.DATABASE_URL, JWT_SECRET: PROD.JWT_SECRET })).toThrow(
      /HOUSEHOLD_ID_KEY/,
    );
    expect(() => loadConfig({ HOUSEHOLD_ID_KEY: 'abc' })).toThrow(/HOUSEHOLD_ID_KEY: must be 32 bytes/);
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_1' })).toThrow(/STRIPE_PUBLISHABLE_KEY/);
    expect(() => loadConfig({ STRIPE_API_PROTOCOL: 'ftp' })).toThrow(/STRIPE_API_PROTOCOL/);
    expect(() => loadConfig({ STRIPE_API_PORT: 'x' })).toThrow(/STRIPE_API_PORT/);
    expect(() => loadConfig({ CHECKOUTS_PER_SKU: '0' })).toThrow(/CHECKOUTS_PER_SKU/);
    expect(() => loadConfig({ CHECKOUT_WAIT_MS: '10' })).toThrow(/CHECKOUT_WAIT_MS/);
  });

  it('believes X-Forwarded-For only from the proxies TRUST_PROXY names (loopback unless set)', () => {
    expect(loadConfig({}).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,172.18.0.5, fd00::/8' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '172.18.0.5',
      'fd00::/8',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: true would believe/);
    expect(() => loadConfig({ TRUST_PROXY: 'nginx' })).toThrow(/TRUST_PROXY: "nginx" is not an address/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '11' })).toThrow(/TRUST_PROXY: must be between 1 and 10/);
  });

  it('points the Stripe SDK at a stand-in when STRIPE_API_HOST/PORT/PROTOCOL are set', () => {
    expect(loadConfig({ STRIPE_API_HOST: '127.0.0.1', STRIPE_API_PORT: '12111', STRIPE_API_PROTOCOL: 'http' })).toMatchObject({
      stripeApiHost: '127.0.0.1',
      stripeApiPort: 12111,
      stripeApiProtocol: 'http',
    });
    expect(loadConfig({})).toMatchObject({ stripeApiHost: null, stripeApiPort: null, stripeApiProtocol: null });
  });

  it('stores images in an S3-compatible bucket when S3_ settings are given, and names the wrong one', () => {
    const ok = { S3_ENDPOINT: 'http://127.0.0.1:9000/', S3_BUCKET: 'yigou-media', S3_ACCESS_KEY_ID: 'AK', S3_SECRET_ACCESS_KEY: 'SK' };
    expect(loadConfig({}).s3).toBeNull();
    expect(loadConfig(ok).s3).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      bucket: 'yigou-media',
      region: 'us-east-1',
      accessKeyId: 'AK',
      secretAccessKey: 'SK',
      forcePathStyle: false,
      publicUrl: null,
    });
    expect(
      loadConfig({ ...ok, S3_FORCE_PATH_STYLE: 'true', S3_REGION: 'cn-north-1', S3_PUBLIC_URL: 'https://img.example.cn/' }).s3,
    ).toMatchObject({
      forcePathStyle: true,
      region: 'cn-north-1',
      publicUrl: 'https://img.example.cn',
    });
    expect(() => loadConfig({ S3_BUCKET: 'b' })).toThrow(
      new ConfigError('S3_ENDPOINT', 'is required when any S3_ setting is given (e.g. https://s3.cn-north-1.amazonaws.com.cn)'),
    );
    expect(() => loadConfig({ ...ok, S3_ENDPOINT: 'ftp://x' })).toThrow(/^配置错误 S3_ENDPOINT: must start with http:\/\/ or https:\/\/$/);
    expect(() => loadConfig({ ...ok, S3_BUCKET: 'My_Bucket' })).toThrow(/S3_BUCKET: must be 3-63 lowercase/);
    expect(() => loadConfig({ ...ok, S3_ACCESS_KEY_ID: '' })).toThrow(/S3_ACCESS_KEY_ID: is required/);
    expect(() => loadConfig({ ...ok, S3_SECRET_ACCESS_KEY: ' ' })).toThrow(/S3_SECRET_ACCESS_KEY: is required/);
    expect(() => loadConfig({ ...ok, S3_FORCE_PATH_STYLE: 'maybe' })).toThrow(/S3_FORCE_PATH_STYLE: must be true or false/);
    expect(() => loadConfig({ ...ok, S3_PUBLIC_URL: 'img.example.cn' })).toThrow(/S3_PUBLIC_URL: is not a valid URL/);
    expect(() => loadConfig({ ...ok, S3_REGION: 'US East' })).toThrow(/S3_REGION/);
  });
});
