import { aliyunSendSmsRequest } from './aliyun-code-sender';
import type { SmsSettings } from './sms-gateway';

const settings = {
  SMS_SIGN_NAME: '零工快招',
  SMS_TEMPLATE_CODE: 'SMS_462050001',
} as SmsSettings;

describe('Alibaba Cloud SendSms request', () => {
  it('sends the bare mainland number, the signature, the template and the code as ${code}', () => {
    const request = aliyunSendSmsRequest(settings, '13800138000', '004217');
    expect(request.phoneNumbers).toBe('13800138000');
    expect(request.signName).toBe('零工快招');
    expect(request.templateCode).toBe('SMS_462050001');
    // Leading zeros survive: the code is a string in the template parameters.
    expect(JSON.parse(request.templateParam!)).toEqual({ code: '004217' });
  });
});
