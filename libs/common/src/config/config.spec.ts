import { ConfigError, loadConfig } from './app-config';

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

  it('refuses the development secret and the dev code in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_ACCESS_SECRET/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        JWT_ACCESS_SECRET: 'a-long-production-secret',
        AUTH_DEV_CODE: '123456',
      }),
    ).toThrow(/AUTH_DEV_CODE/);
  });
});
