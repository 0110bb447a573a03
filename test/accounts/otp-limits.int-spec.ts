import { DEV_CODE } from '../support/test-env';
import { startApi, TestApi } from '../support/test-api';
import { requestCode, wrongCode } from './support';

const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip, 'accept-language': 'en' } });

function expectRateLimited(
  res: { status: number; body: any; headers: Record<string, unknown> },
  message: RegExp,
  maxSeconds: number,
): void {
  expect(res.status).toBe(429);
  expect(res.body.error.code).toBe('RATE_LIMITED');
  expect(res.body.error.message).toMatch(message);
  // Not about a field the person typed: the form shows the message itself.
  expect(res.body.error.details).toEqual([]);
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
}

describe('SMS code limits per client IP and for the whole service', () => {
  describe('per client IP (behind a trusted proxy)', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startApi({ CODE_SENDER: 'memory', TRUST_PROXY: 'true', OTP_IP_LIMIT: '3' });
    });
    afterAll(() => api.close());

    it('refuses the fourth phone from one IP with 429 and Retry-After; other IPs, and that phone elsewhere, still get codes', async () => {
      const phones = [api.newPhone(), api.newPhone(), api.newPhone(), api.newPhone()];
      for (const phone of phones.slice(0, 3))
        expect((await api.post('/api/v1/auth/otp', { phone }, from('203.0.113.7'))).status).toBe(
          202,
        );
      const refused = await api.post('/api/v1/auth/otp', { phone: phones[3] }, from('203.0.113.7'));
      expectRateLimited(
        refused,
        /^Too many codes requested from this network, try again in \d+ s$/,
        3600,
      );

      // The refusal used up nothing of the phone's own allowance.
      const elsewhere = await api.post(
        '/api/v1/auth/otp',
        { phone: phones[3] },
        from('198.51.100.20'),
      );
      expect(elsewhere.status).toBe(202);
      expect(elsewhere.body.resendAfter).toBeUndefined();
    });

    it('says when to try again on a burned code (429 TOO_MANY_ATTEMPTS carries Retry-After)', async () => {
      const phone = api.newPhone();
      const code = await requestCode(api, phone);
      const bad = wrongCode(code, DEV_CODE);
      let last;
      for (let i = 0; i < 5; i++)
        last = await api.post('/api/v1/auth/login', { phone, code: bad, role: 'worker' });
      const again = await api.post('/api/v1/auth/login', { phone, code, role: 'worker' });
      for (const res of [last!, again]) {
        expect(res.status).toBe(429);
        expect(res.body.error.code).toBe('TOO_MANY_ATTEMPTS');
        // A new code may be requested at once: the phone's send limit is not used up.
        expect(Number(res.headers['retry-after'])).toBe(1);
      }
    });
  });

  describe('without TRUST_PROXY', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startApi({ CODE_SENDER: 'memory', OTP_IP_LIMIT: '2' });
    });
    afterAll(() => api.close());

    it('ignores X-Forwarded-For, so a client cannot dodge the IP limit by inventing addresses', async () => {
      const answers = [];
      for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3'])
        answers.push(await api.post('/api/v1/auth/otp', { phone: api.newPhone() }, from(ip)));
      expect(answers.map((a) => a.status)).toEqual([202, 202, 429]);
      expectRateLimited(answers[2]!, /from this network/, 3600);
    });
  });

  describe('for the whole service', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startApi({
        CODE_SENDER: 'memory',
        TRUST_PROXY: 'true',
        OTP_GLOBAL_PER_MINUTE: '4',
      });
    });
    afterAll(() => api.close());

    it('stops sending past the per-minute ceiling, whatever the phone and IP, with Retry-After within the minute', async () => {
      for (let i = 0; i < 4; i++)
        expect(
          (await api.post('/api/v1/auth/otp', { phone: api.newPhone() }, from(`192.0.2.${i + 10}`)))
            .status,
        ).toBe(202);
      const refused = await api.post(
        '/api/v1/auth/otp',
        { phone: api.newPhone() },
        from('192.0.2.99'),
      );
      expectRateLimited(refused, /^Codes are in high demand, try again in \d+ s$/, 60);
    });
  });
});
