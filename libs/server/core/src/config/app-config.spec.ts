import { ConfigError, loadConfig } from './app-config';

describe('configuration', () => {
  it('starts with sensible defaults on a fresh machine', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeNull();
    expect(c.redisUrl).toBeNull();
    expect(c.stripeSecretKey).toBeNull();
  });

  it('names the setting that is wrong in one line', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(new ConfigError('PORT', 'must be a whole number, got "abc"'));
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) })).toThrow(/HOUSEHOLD_ID_KEY/);
    expect(() => loadConfig({ HOUSEHOLD_ID_KEY: 'abc' })).toThrow(/HOUSEHOLD_ID_KEY: must be 32 bytes/);
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_1' })).toThrow(/STRIPE_PUBLISHABLE_KEY/);
    expect(() => loadConfig({ STRIPE_API_PROTOCOL: 'ftp' })).toThrow(/STRIPE_API_PROTOCOL/);
    expect(() => loadConfig({ STRIPE_API_PORT: 'x' })).toThrow(/STRIPE_API_PORT/);
  });

  it('points the Stripe SDK at a stand-in when STRIPE_API_HOST/PORT/PROTOCOL are set', () => {
    expect(loadConfig({ STRIPE_API_HOST: '127.0.0.1', STRIPE_API_PORT: '12111', STRIPE_API_PROTOCOL: 'http' })).toMatchObject({
      stripeApiHost: '127.0.0.1',
      stripeApiPort: 12111,
      stripeApiProtocol: 'http',
    });
    expect(loadConfig({})).toMatchObject({ stripeApiHost: null, stripeApiPort: null, stripeApiProtocol: null });
  });
});
