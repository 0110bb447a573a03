import { trustProxyOption } from './trust-proxy';

describe('TRUST_PROXY', () => {
  it('believes no X-Forwarded-For by default, so a client cannot choose its IP', () => {
    expect(trustProxyOption('')).toBe(false);
    expect(trustProxyOption('false')).toBe(false);
  });

  it('takes true, a hop count, or a list of proxy addresses', () => {
    expect(trustProxyOption('true')).toBe(true);
    expect(trustProxyOption('2')).toBe(2);
    expect(trustProxyOption('10.0.0.0/8, 127.0.0.1')).toEqual(['10.0.0.0/8', '127.0.0.1']);
  });
});
