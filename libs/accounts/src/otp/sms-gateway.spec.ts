import { parseSmsEndpoint, SmsSendError, toE164 } from './sms-gateway';

describe('SMS gateway settings', () => {
  it('uses the provider host over https when no endpoint is set', () => {
    expect(parseSmsEndpoint('', 'dysmsapi.aliyuncs.com')).toEqual({
      protocol: 'https',
      host: 'dysmsapi.aliyuncs.com',
    });
  });

  it('takes a private host, or a full URL with its scheme and port', () => {
    expect(parseSmsEndpoint('sms.internal.example', 'x')).toEqual({
      protocol: 'https',
      host: 'sms.internal.example',
    });
    expect(parseSmsEndpoint('http://127.0.0.1:4567/', 'x')).toEqual({
      protocol: 'http',
      host: '127.0.0.1:4567',
    });
  });

  it('writes mainland numbers as +86 for providers that need E.164', () => {
    expect(toE164('13800138000')).toBe('+8613800138000');
    expect(toE164('+85291234567')).toBe('+85291234567');
  });

  it('never puts the phone number in a send error', () => {
    const error = new SmsSendError('aliyun', 'isv.BUSINESS_LIMIT_CONTROL');
    expect(error.message).toBe('aliyun SMS not sent: isv.BUSINESS_LIMIT_CONTROL');
  });
});
