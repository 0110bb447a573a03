import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, AppConfig, AppException, maskPhone, REDIS } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { CODE_SENDER, CodeSender } from './code-sender';
import { SmsSendError } from './sms-gateway';
import {
  ADMIT_SEND_LUA,
  generateCode,
  hashCode,
  ipKey,
  phoneKey,
  REFUND_SEND_LUA,
  SEND_LIMITS,
  SendLimit,
  STORE_CODE_LUA,
  VERIFY_CODE_LUA,
  VerifyOutcome,
} from './otp-code';

export interface OtpSent {
  /** Seconds the code stays valid. */
  expiresIn: number;
  /** Present when this was the last code allowed in the window: seconds until the next one. */
  resendAfter?: number;
}

/**
 * SMS login codes: only an HMAC of each code is kept, in Redis, with a TTL, a
 * per-phone send limit and a wrong-attempt limit.
 */
@Injectable()
export class OtpService {
  private readonly logger = new Logger('OtpService');

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CODE_SENDER) private readonly sender: CodeSender,
  ) {}

  /** Redis key of the code hash for `phone` (without the global prefix). */
  codeKey(phone: string): string {
    return `otp:code:${phoneKey(this.config.JWT_ACCESS_SECRET, phone)}`;
  }

  private sendsKey(phone: string): string {
    return `otp:sends:${phoneKey(this.config.JWT_ACCESS_SECRET, phone)}`;
  }

  private sendKeys(phone: string, ip: string): string[] {
    const secret = this.config.JWT_ACCESS_SECRET;
    return [
      this.sendsKey(phone),
      `otp:sends-ip:${ipKey(secret, ip)}`,
      'otp:sends-all:minute',
      'otp:sends-all:hour',
    ];
  }

  /**
   * Sends a fresh code to `phone` for a request from `ip`, within the per-phone,
   * per-IP and global limits (429 RATE_LIMITED with Retry-After). A code the
   * gateway did not take is not kept and does not count (503 SMS_UNAVAILABLE).
   */
  async send(phone: string, ip = 'unknown'): Promise<OtpSent> {
    const c = this.config;
    const keys = this.sendKeys(phone, ip);
    const [refused, count, secondsLeft] = (await this.redis.eval(
      ADMIT_SEND_LUA,
      keys.length,
      ...keys,
      c.OTP_SEND_LIMIT,
      c.OTP_SEND_WINDOW_SECONDS,
      c.OTP_IP_LIMIT,
      c.OTP_IP_WINDOW_SECONDS,
      c.OTP_GLOBAL_PER_MINUTE,
      60,
      c.OTP_GLOBAL_PER_HOUR,
      3600,
    )) as [number, number, number];
    if (refused > 0) throw sendRefused(SEND_LIMITS[refused - 1]!, secondsLeft);

    const code = generateCode();
    const key = this.codeKey(phone);
    await this.redis.eval(STORE_CODE_LUA, 1, key, this.hash(phone, code), c.OTP_TTL_SECONDS);
    try {
      await this.sender.send(phone, code, c.OTP_TTL_SECONDS);
    } catch (error) {
      // An undelivered code must not stay valid, nor use up the person's sends.
      await this.redis.del(key);
      await this.redis.eval(REFUND_SEND_LUA, keys.length, ...keys);
      this.logger.warn(
        // Only our own error's text: another error's message might quote the request.
        `SMS code for ${maskPhone(phone)} not delivered: ${error instanceof SmsSendError ? error.message : 'unexpected error'}`,
      );
      throw new AppException(ErrorCode.SMS_UNAVAILABLE, { retryAfterSeconds: 30 });
    }
    return count === c.OTP_SEND_LIMIT
      ? { expiresIn: c.OTP_TTL_SECONDS, resendAfter: secondsLeft }
      : { expiresIn: c.OTP_TTL_SECONDS };
  }

  /** Passes, consuming the code, or throws INVALID_CODE / CODE_EXPIRED / TOO_MANY_ATTEMPTS. */
  async verify(phone: string, code: string): Promise<void> {
    if (this.isDevCode(code)) return;
    const outcome = (await this.redis.eval(
      VERIFY_CODE_LUA,
      1,
      this.codeKey(phone),
      this.hash(phone, code),
      this.config.OTP_MAX_ATTEMPTS,
    )) as VerifyOutcome;
    switch (outcome) {
      case 'ok':
        return;
      case 'wrong':
        throw AppException.forField(ErrorCode.INVALID_CODE, 'code', {
          zh: '验证码错误',
          en: 'Wrong verification code',
        });
      case 'burned': {
        const message = {
          zh: '验证码错误次数过多，请重新获取',
          en: 'Too many wrong codes, request a new one',
        };
        throw new AppException(ErrorCode.TOO_MANY_ATTEMPTS, {
          message,
          details: [{ field: 'code', message }],
          retryAfterSeconds: await this.nextSendIn(phone),
        });
      }
      default:
        throw AppException.forField(ErrorCode.CODE_EXPIRED, 'code', {
          zh: '验证码已过期，请重新获取',
          en: 'The code has expired, request a new one',
        });
    }
  }

  /** Seconds until `phone` may ask for a new code: at once, unless its send limit is used up. */
  private async nextSendIn(phone: string): Promise<number> {
    const key = this.sendsKey(phone);
    const [sends, ttl] = await Promise.all([this.redis.get(key), this.redis.ttl(key)]);
    return Number(sends ?? 0) >= this.config.OTP_SEND_LIMIT && ttl > 0 ? ttl : 1;
  }

  /** loadConfig already refuses AUTH_DEV_CODE in production; this is the second lock. */
  private isDevCode(code: string): boolean {
    const devCode = this.config.AUTH_DEV_CODE;
    return this.config.NODE_ENV !== 'production' && devCode !== undefined && code === devCode;
  }

  private hash(phone: string, code: string): string {
    return hashCode(this.config.JWT_ACCESS_SECRET, phone, code);
  }
}

/**
 * Only the phone's own limit is about a field the person typed; the others say why in
 * the message (the web form shows a message without details as the form's error).
 */
function sendRefused(limit: SendLimit, secondsLeft: number): AppException {
  const s = secondsLeft;
  const message = {
    phone: {
      zh: `验证码发送过于频繁，请 ${s} 秒后再试`,
      en: `Too many codes requested, try again in ${s} s`,
    },
    ip: {
      zh: `此网络请求验证码过于频繁，请 ${s} 秒后再试`,
      en: `Too many codes requested from this network, try again in ${s} s`,
    },
    minute: {
      zh: `验证码发送繁忙，请 ${s} 秒后再试`,
      en: `Codes are in high demand, try again in ${s} s`,
    },
    hour: {
      zh: `验证码发送繁忙，请 ${s} 秒后再试`,
      en: `Codes are in high demand, try again in ${s} s`,
    },
  }[limit];
  const details =
    limit === 'phone'
      ? [
          {
            field: 'phone',
            message: { zh: '该手机号请求次数过多', en: 'too many codes for this phone' },
          },
        ]
      : [];
  return new AppException(ErrorCode.RATE_LIMITED, { retryAfterSeconds: s, message, details });
}
