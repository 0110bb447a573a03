import { contentSecurityPolicy } from './security-headers';

describe('the web app content security policy', () => {
  it('lets the page reach the realtime gateway on the same host and its port', () => {
    const csp = contentSecurityPolicy({ REALTIME_PUBLIC_URL: '', REALTIME_PORT: 3001 });
    expect(csp.connectSrc).toEqual([
      "'self'",
      'http://*:3001',
      'https://*:3001',
      'ws://*:3001',
      'wss://*:3001',
    ]);
  });

  it('names a separate realtime origin when one is configured', () => {
    const csp = contentSecurityPolicy({
      REALTIME_PUBLIC_URL: 'https://rt.example.gov.cn/',
      REALTIME_PORT: 3001,
    });
    expect(csp.connectSrc).toEqual([
      "'self'",
      'https://rt.example.gov.cn',
      'wss://rt.example.gov.cn',
    ]);
  });

  it('allows inline styles (Vant, ECharts) and data: images (QR codes), but no inline scripts', () => {
    const csp = contentSecurityPolicy({ REALTIME_PUBLIC_URL: '', REALTIME_PORT: 3001 });
    expect(csp.styleSrc).toContain("'unsafe-inline'");
    expect(csp.imgSrc).toContain('data:');
    expect(csp.scriptSrc).toEqual(["'self'"]);
  });
});
