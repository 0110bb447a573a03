import Dysmsapi, { SendSmsRequest } from '@alicloud/dysmsapi20170525';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import * as $dara from '@darabonba/typescript';
import type { CodeSender } from './code-sender';
import { parseSmsEndpoint, SmsSendError, SmsSettings } from './sms-gateway';

/** The SendSms fields for one code; the approved template must hold the variable ${code}. */
export function aliyunSendSmsRequest(
  settings: SmsSettings,
  phone: string,
  code: string,
): SendSmsRequest {
  return new SendSmsRequest({
    phoneNumbers: phone,
    signName: settings.SMS_SIGN_NAME,
    templateCode: settings.SMS_TEMPLATE_CODE,
    templateParam: JSON.stringify({ code }),
  });
}

/** Alibaba Cloud SMS (短信服务, dysmsapi 2017-05-25). */
export class AliyunCodeSender implements CodeSender {
  private readonly client: Dysmsapi;

  constructor(private readonly settings: SmsSettings) {
    const endpoint = parseSmsEndpoint(settings.SMS_ENDPOINT, 'dysmsapi.aliyuncs.com');
    this.client = new Dysmsapi(
      new $OpenApiUtil.Config({
        accessKeyId: settings.SMS_ACCESS_KEY_ID,
        accessKeySecret: settings.SMS_ACCESS_KEY_SECRET,
        regionId: settings.SMS_REGION || 'cn-hangzhou',
        endpoint: endpoint.host,
        protocol: endpoint.protocol,
      }),
    );
  }

  async send(phone: string, code: string): Promise<void> {
    const runtime = new $dara.RuntimeOptions({
      connectTimeout: this.settings.SMS_TIMEOUT_MS,
      readTimeout: this.settings.SMS_TIMEOUT_MS,
      // A retry could deliver the same code twice or late; the user asks again instead.
      autoretry: false,
    });
    let answer: string | undefined;
    try {
      const response = await this.client.sendSmsWithOptions(
        aliyunSendSmsRequest(this.settings, phone, code),
        runtime,
      );
      answer = response.body?.code;
    } catch (error) {
      throw new SmsSendError('aliyun', describe(error));
    }
    if (answer !== 'OK') throw new SmsSendError('aliyun', answer ?? 'no answer code');
  }
}

/** The SDK's error code or the network error's name; SDK messages can echo the request. */
function describe(error: unknown): string {
  const e = error as { code?: unknown; name?: unknown };
  return String(e.code ?? e.name ?? 'error').slice(0, 80);
}
