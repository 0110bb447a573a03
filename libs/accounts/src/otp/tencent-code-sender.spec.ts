import type { SmsSettings } from './sms-gateway';
import { tencentSendSmsRequest } from './tencent-code-sender';

const settings = {
  SMS_SIGN_NAME: '零工快招',
  SMS_TEMPLATE_CODE: '1880001',
  SMS_SDK_APP_ID: '1400000001',
} as SmsSettings;

describe('Tencent Cloud SendSms request', () => {
  it('sends the number as +86, the app, the signature, the template and the code as {1}', () => {
    expect(tencentSendSmsRequest(settings, '13800138000', '004217')).toEqual({
      PhoneNumberSet: ['+8613800138000'],
      SmsSdkAppId: '1400000001',
      SignName: '零工快招',
      TemplateId: '1880001',
      TemplateParamSet: ['004217'],
    });
  });
});
