import { ConfigError, loadConfig, requireJwtSecret } from './app-config';

describe('loadConfig', () => {
  it('works with no environment at all (localhost defaults)', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/linggong');
    expect(config.API_PORT).toBe(3000);
    expect(config.MIGRATIONS_RUN).toBe(true);
  });

  it('converts numbers and booleans', () => {
    const config = loadConfig({ API_PORT: '8080', MIGRATIONS_RUN: 'false' });
    expect(config.API_PORT).toBe(8080);
    expect(config.MIGRATIONS_RUN).toBe(false);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ API_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ API_PORT: 'eighty' })).toThrow(/API_PORT/);
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL/);
  });

  describe('in production', () => {
    const good = {
      NODE_ENV: 'production',
      JWT_ACCESS_SECRET: 'b2f0c7e19a4d4e8f9c1a6b3d5e7f90a1c3e5b7d9',
      CODE_SENDER: 'tencent',
      SMS_ACCESS_KEY_ID: 'AKID-id',
      SMS_ACCESS_KEY_SECRET: 'secret',
      SMS_SIGN_NAME: '零工快招',
      SMS_TEMPLATE_CODE: '1234567',
      SMS_SDK_APP_ID: '1400000001',
    };

    it('starts with a long random secret of its own', () => {
      expect(loadConfig(good).JWT_ACCESS_SECRET).toBe(good.JWT_ACCESS_SECRET);
    });

    it.each([
      ['missing', undefined, /must be set/],
      ['short', 'a-31-character-secret-xxxxxxxxx', /at least 32/],
      ['the old development default', 'dev-only-access-secret-change-me', /at least 32|obvious/],
      ['the old docker-compose default', 'change-me-in-production-please', /at least 32|obvious/],
      ['a long change-me', 'please-change-me-before-going-live-ok', /obvious/],
      ['one character repeated', 'x'.repeat(40), /obvious/],
      ['two characters repeated', 'ab'.repeat(20), /obvious/],
    ])('refuses a secret that is %s', (_, secret, message) => {
      const env = { NODE_ENV: 'production', ...(secret ? { JWT_ACCESS_SECRET: secret } : {}) };
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(/JWT_ACCESS_SECRET/);
      expect(() => loadConfig(env)).toThrow(message);
    });

    it.each([
      ['AUTH_DEV_CODE', '123456'],
      ['CODE_SENDER', 'memory'],
      ['CLOCK_FIXED_AT', '2026-12-01T01:00:00+08:00'],
      ['CLOCK_OFFSET_MS', '3600000'],
      ['SEED_DEMO_ON_EMPTY', 'true'],
    ])('refuses %s=%s (local use and tests only)', (key, value) => {
      expect(() => loadConfig({ ...good, [key]: value })).toThrow(new RegExp(key));
    });
  });

  it('outside production, leaves the secret to the processes that need one', () => {
    expect(loadConfig({}).JWT_ACCESS_SECRET).toBe('');
    expect(() => requireJwtSecret(loadConfig({}))).toThrow(/JWT_ACCESS_SECRET is not set/);
    expect(() => loadConfig({ JWT_ACCESS_SECRET: 'short' })).toThrow(/JWT_ACCESS_SECRET/);
    expect(loadConfig({ SEED_DEMO_ON_EMPTY: 'true' }).SEED_DEMO_ON_EMPTY).toBe(true);
  });

  const production = {
    NODE_ENV: 'production',
    JWT_ACCESS_SECRET: 'b2f0c7e19a4d4e8f9c1a6b3d5e7f90a1c3e5b7d9',
  };

  it('refuses to run production without a real SMS gateway (nobody could sign in)', () => {
    expect(() => loadConfig(production)).toThrow(/CODE_SENDER must name an SMS gateway/);
    expect(() => loadConfig({ ...production, CODE_SENDER: 'log' })).toThrow(/CODE_SENDER/);
  });

  const aliyun = {
    CODE_SENDER: 'aliyun',
    SMS_ACCESS_KEY_ID: 'LTAI-id',
    SMS_ACCESS_KEY_SECRET: 'secret',
    SMS_SIGN_NAME: '零工快招',
    SMS_TEMPLATE_CODE: 'SMS_123',
  };

  it('requires each setting of the chosen SMS gateway, naming the missing ones', () => {
    expect(loadConfig({ ...production, ...aliyun }).CODE_SENDER).toBe('aliyun');
    const missing = () => loadConfig({ ...production, ...aliyun, SMS_SIGN_NAME: '' });
    expect(missing).toThrow(/SMS_SIGN_NAME is required when CODE_SENDER is aliyun or tencent/);
    expect(() => loadConfig({ CODE_SENDER: 'aliyun' })).toThrow(
      /SMS_ACCESS_KEY_ID[\s\S]*SMS_ACCESS_KEY_SECRET[\s\S]*SMS_SIGN_NAME[\s\S]*SMS_TEMPLATE_CODE/,
    );
    // Tencent also needs the SMS application's SdkAppId.
    expect(() => loadConfig({ ...aliyun, CODE_SENDER: 'tencent' })).toThrow(/SMS_SDK_APP_ID/);
    const tencent = loadConfig({ ...aliyun, CODE_SENDER: 'tencent', SMS_SDK_APP_ID: '1400000001' });
    expect(tencent.SMS_SDK_APP_ID).toBe('1400000001');
  });

  it('asks nothing of SMS settings for the log and memory senders', () => {
    expect(loadConfig({ CODE_SENDER: 'memory' }).SMS_SIGN_NAME).toBe('');
  });

  it('takes a metrics token only of a guessable-proof length', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(loadConfig({ METRICS_TOKEN: 'a-sixteen-char-token' }).METRICS_TOKEN).toBe(
      'a-sixteen-char-token',
    );
  });
});
