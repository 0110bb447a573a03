import { isAllowedOrigin } from './cors-origin';

describe('isAllowedOrigin', () => {
  const base = 'https://lg.dalian.example.cn';

  it('lets the public web app in', () => {
    expect(isAllowedOrigin('https://lg.dalian.example.cn', base, 'rt.dalian.example.cn')).toBe(
      true,
    );
  });

  it('lets in a page served on the same host under another port (the API serving the app)', () => {
    expect(isAllowedOrigin('http://127.0.0.1:3000', base, '127.0.0.1:3001')).toBe(true);
    expect(isAllowedOrigin('http://192.168.1.20:3000', base, '192.168.1.20:3001')).toBe(true);
  });

  it('refuses a page from another site', () => {
    expect(isAllowedOrigin('https://evil.example.com', base, '127.0.0.1:3001')).toBe(false);
    expect(isAllowedOrigin('not a url', base, '127.0.0.1:3001')).toBe(false);
  });

  it('allows clients that send no Origin (not a browser page)', () => {
    expect(isAllowedOrigin(undefined, base, '127.0.0.1:3001')).toBe(true);
  });
});
