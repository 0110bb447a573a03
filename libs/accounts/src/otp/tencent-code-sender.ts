import { sms } from 'tencentcloud-sdk-nodejs-sms';
import type { CodeSender } from './code-sender';
import { parseSmsEndpoint, SmsSendError, SmsSettings, toE164 } from './sms-gateway';

type SmsClient = InstanceType<typeof sms.v20210111.Client>;
type SendSmsInput = Parameters<SmsClient['SendSms']>[0];

/** The SendSms fields for one code; the approved template's parameter {1} is the code. */
export function tencentSendSmsRequest(
  settings: SmsSettings,
  phone: string,
  code: string,
): SendSmsInput {
  return {
    PhoneNumberSet: [toE164(phone)],
    SmsSdkAppId: settings.SMS_SDK_APP_ID,
    SignName: settings.SMS_SIGN_NAME,
    TemplateId: settings.SMS_TEMPLATE_CODE,
    TemplateParamSet: [code],
  };
}

/** Tencent Cloud SMS (短信, API 2021-01-11, TC3-HMAC-SHA256 signed). */
export class TencentCodeSender implements CodeSender {
  private readonly client: SmsClient;

  constructor(private readonly settings: SmsSettings) {
    const endpoint = parseSmsEndpoint(settings.SMS_ENDPOINT, 'sms.tencentcloudapi.com');
    this.client = new sms.v20210111.Client({
      credential: {
        secretId: settings.SMS_ACCESS_KEY_ID,
        secretKey: settings.SMS_ACCESS_KEY_SECRET,
      },
      region: settings.SMS_REGION || 'ap-guangzhou',
      profile: {
        httpProfile: {
          endpoint: endpoint.host,
          protocol: `${endpoint.protocol}://`,
          reqTimeout: settings.SMS_TIMEOUT_MS / 1000,
        },
      },
    });
  }

  async send(phone: string, code: string): Promise<void> {
    let answer: string | undefined;
    try {
      const response = await this.client.SendSms(tencentSendSmsRequest(this.settings, phone, code));
      answer = response.SendStatusSet?.[0]?.Code;
    } catch (error) {
      const e = error as { code?: unknown; name?: unknown };
      throw new SmsSendError('tencent', String(e.code ?? e.name ?? 'error').slice(0, 80));
    }
    if (answer !== 'Ok') throw new SmsSendError('tencent', answer ?? 'no status');
  }
}
