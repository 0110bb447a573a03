import { OtpService } from '@app/accounts';
import { startApi, TestApi } from '../support/test-api';
import { requestCode, sentCodes } from './support';

describe('POST /api/v1/auth/otp', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ CODE_SENDER: 'memory' });
  });
  afterAll(() => api.close());

  it('sends a 6-digit code by "SMS", answers 202 with its lifetime and never echoes it', async () => {
    const phone = api.newPhone();
    const res = await api.post('/api/v1/auth/otp', { phone });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ expiresIn: 300 });
    const code = sentCodes(api).lastCode(phone)!;
    expect(code).toMatch(/^\d{6}$/);
    expect(JSON.stringify(res.body)).not.toContain(code);
  });

  it('keeps only a hash of the code in Redis, expiring with the code', async () => {
    const phone = api.newPhone();
    const code = await requestCode(api, phone);
    const key = api.app.get(OtpService).codeKey(phone);
    expect(key).not.toContain(phone);
    const stored = await api.redis.hgetall(key);
    expect(stored.h).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(code);
    const ttl = await api.redis.ttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300);
  });

  it('refuses a number that is not a mainland mobile, naming the field', async () => {
    for (const phone of ['12800138000', '1380013800', 'abc', '']) {
      const res = await api.post('/api/v1/auth/otp', { phone });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details).toEqual([{ field: 'phone', message: '手机号格式不正确' }]);
    }
    expect(sentCodes(api).sent.some((s) => s.phone === '12800138000')).toBe(false);
  });

  it('accepts the number as people type it (+86, spaces, dashes) and sends to the bare number', async () => {
    const phone = api.newPhone();
    const typed = `+86 ${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`;
    const res = await api.post('/api/v1/auth/otp', { phone: typed });
    expect(res.status).toBe(202);
    expect(sentCodes(api).lastCode(phone)).toMatch(/^\d{6}$/);
  });

  it('rejects an unknown body field with 400 UNKNOWN_FIELD naming it', async () => {
    const res = await api.post('/api/v1/auth/otp', { phone: api.newPhone(), debug: true });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('UNKNOWN_FIELD');
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(['debug']);
  });

  it('allows five codes per phone in ten minutes: the sixth is 429 RATE_LIMITED, other phones are unaffected', async () => {
    const phone = api.newPhone();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await api.post('/api/v1/auth/otp', { phone }));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202, 202]);
    // The last allowed code tells the phone how long until it may ask again.
    expect(answers[3]!.body.resendAfter).toBeUndefined();
    expect(answers[4]!.body.resendAfter).toBeGreaterThan(590);
    expect(answers[4]!.body.resendAfter).toBeLessThanOrEqual(600);

    const sixth = await api.post(
      '/api/v1/auth/otp',
      { phone },
      { headers: { 'accept-language': 'en' } },
    );
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.code).toBe('RATE_LIMITED');
    // The phone app can show when to try again.
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(sixth.headers['retry-after'])).toBeLessThanOrEqual(600);
    expect(sixth.body.error.message).toMatch(/try again in \d+ s/);
    expect(sentCodes(api).sent.filter((s) => s.phone === phone)).toHaveLength(5);

    const other = await api.post('/api/v1/auth/otp', { phone: api.newPhone() });
    expect(other.status).toBe(202);
  });

  it('sends a fresh code on every request, and only the latest one signs in', async () => {
    const phone = api.newPhone();
    const first = await requestCode(api, phone);
    const second = await requestCode(api, phone);
    if (first !== second) {
      const old = await api.post('/api/v1/auth/login', { phone, code: first, role: 'worker' });
      expect(old.status).toBe(401);
      expect(old.body.error.code).toBe('INVALID_CODE');
    }
    const res = await api.post('/api/v1/auth/login', { phone, code: second, role: 'worker' });
    expect(res.status).toBe(200);
  });
});
