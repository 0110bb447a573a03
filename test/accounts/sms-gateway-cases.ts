import { Logger } from '@nestjs/common';
import { OtpService } from '@app/accounts';
import { FakeSmsProvider } from '../support/fake-sms';
import { startApi, TestApi } from '../support/test-api';

/**
 * What a person signing in notices of a real SMS gateway, for either provider: the
 * code arrives and signs in; when the gateway fails the app says so (503) at once,
 * no code the person never got stays valid, and they can simply ask again.
 */
export function smsGatewaySpecs(kind: 'aliyun' | 'tencent'): void {
  let fake: FakeSmsProvider;
  let api: TestApi;
  const warnings: string[] = [];

  beforeAll(async () => {
    fake = await FakeSmsProvider.start(kind);
    api = await startApi({
      CODE_SENDER: kind,
      SMS_ACCESS_KEY_ID: 'test-key-id',
      SMS_ACCESS_KEY_SECRET: 'test-key-secret',
      SMS_SIGN_NAME: '零工快招',
      SMS_TEMPLATE_CODE: kind === 'aliyun' ? 'SMS_462050001' : '1880001',
      SMS_SDK_APP_ID: '1400000001',
      SMS_ENDPOINT: fake.endpoint,
      SMS_TIMEOUT_MS: '800',
      OTP_SEND_LIMIT: '2',
    });
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(String(message));
    });
  });
  afterEach(() => fake.succeed());
  afterAll(async () => {
    jest.restoreAllMocks();
    await api.close();
    await fake.stop();
  });

  const wire = (phone: string) => (kind === 'tencent' ? `+86${phone}` : phone);

  it('texts the code with the configured signature and template, and that code signs in', async () => {
    const phone = api.newPhone();
    const res = await api.post('/api/v1/auth/otp', { phone });
    expect(res.status).toBe(202);
    const sms = fake.lastTo(wire(phone))!;
    expect(sms.signName).toBe('零工快招');
    expect(sms.template).toBe(kind === 'aliyun' ? 'SMS_462050001' : '1880001');
    if (kind === 'aliyun') expect(Object.keys(sms.templateParam!)).toEqual(['code']);
    else expect(sms.appId).toBe('1400000001');
    const code = sms.params[0]!;
    expect(code).toMatch(/^\d{6}$/);

    const login = await api.post('/api/v1/auth/login', { phone, code, role: 'worker' });
    expect(login.status).toBe(200);
  });

  for (const failure of ['error', 'hang', 'drop'] as const) {
    const what = {
      error: 'refuses the message',
      hang: 'does not answer in time',
      drop: 'drops the connection',
    }[failure];
    it(`answers 503 SMS_UNAVAILABLE when the gateway ${what}, keeps no code and lets the person ask again`, async () => {
      const phone = api.newPhone();
      fake.fail(failure);
      const started = Date.now();
      // More failures than the phone's send limit (2): failed sends do not count.
      for (let i = 0; i < 3; i++) {
        const res = await api.post(
          '/api/v1/auth/otp',
          { phone },
          { headers: { 'accept-language': i === 0 ? 'zh-CN' : 'en' } },
        );
        expect(res.status).toBe(503);
        expect(res.body.error.code).toBe('SMS_UNAVAILABLE');
        expect(res.body.error.message).toBe(
          i === 0
            ? '短信发送失败，请稍后重新获取验证码'
            : 'The text message could not be sent; request a new code in a moment',
        );
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      }
      // A timeout is the configured 800 ms, not the SDK's default minute.
      expect(Date.now() - started).toBeLessThan(3 * 3000);
      expect(await api.redis.exists(api.app.get(OtpService).codeKey(phone))).toBe(0);

      fake.succeed();
      for (let i = 0; i < 2; i++)
        expect((await api.post('/api/v1/auth/otp', { phone })).status).toBe(202);
      expect(fake.sent.filter((s) => s.phone === wire(phone))).toHaveLength(2);
    });
  }

  it('never writes the phone number unmasked in the log', async () => {
    const phone = api.newPhone();
    fake.fail('error');
    expect((await api.post('/api/v1/auth/otp', { phone })).status).toBe(503);
    const logged = warnings.filter((w) => w.includes('not delivered'));
    expect(logged.length).toBeGreaterThan(0);
    for (const line of warnings) {
      expect(line).not.toContain(phone);
      expect(line).not.toContain(phone.slice(3));
    }
    expect(logged.at(-1)).toMatch(/\*{4}/);
  });
}
