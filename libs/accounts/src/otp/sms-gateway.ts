import type { AppConfig } from '@app/common';

/** The settings an SMS gateway adapter reads (CODE_SENDER=aliyun or tencent). */
export type SmsSettings = Pick<
  AppConfig,
  | 'SMS_ACCESS_KEY_ID'
  | 'SMS_ACCESS_KEY_SECRET'
  | 'SMS_SIGN_NAME'
  | 'SMS_TEMPLATE_CODE'
  | 'SMS_SDK_APP_ID'
  | 'SMS_REGION'
  | 'SMS_ENDPOINT'
  | 'SMS_TIMEOUT_MS'
>;

/**
 * A code that did not reach the gateway or that the gateway refused. The message
 * names the provider and its error code, never the phone number.
 */
export class SmsSendError extends Error {
  constructor(
    readonly provider: string,
    readonly reason: string,
  ) {
    super(`${provider} SMS not sent: ${reason}`);
  }
}

export interface SmsEndpoint {
  /** `http:` or `https:` */
  protocol: 'http' | 'https';
  /** host, or host:port */
  host: string;
}

/** SMS_ENDPOINT as a host (https) or a full http(s) URL; empty means the provider's own. */
export function parseSmsEndpoint(value: string, fallbackHost: string): SmsEndpoint {
  const trimmed = value.trim();
  if (trimmed === '') return { protocol: 'https', host: fallbackHost };
  const match = /^(https?):\/\/([^/]+)\/?$/.exec(trimmed);
  if (match) return { protocol: match[1] as 'http' | 'https', host: match[2]! };
  return { protocol: 'https', host: trimmed.replace(/\/+$/, '') };
}

/** Mainland numbers as E.164 (+86…), which Tencent requires; others are kept. */
export function toE164(phone: string): string {
  return phone.startsWith('+') ? phone : `+86${phone}`;
}
