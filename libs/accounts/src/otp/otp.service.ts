import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, AppConfig, AppException, REDIS } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { CODE_SENDER, CodeSender } from './code-sender';
import {
  COUNT_SEND_LUA,
  generateCode,
  hashCode,
  phoneKey,
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

  async send(phone: string): Promise<OtpSent> {
    const { OTP_SEND_LIMIT, OTP_SEND_WINDOW_SECONDS, OTP_TTL_SECONDS } = this.config;
    const [count, secondsLeft] = (await this.redis.eval(
      COUNT_SEND_LUA,
      1,
      this.sendsKey(phone),
      OTP_SEND_WINDOW_SECONDS,
    )) as [number, number];
    if (count > OTP_SEND_LIMIT) {
      throw new AppException(ErrorCode.RATE_LIMITED, {
        retryAfterSeconds: secondsLeft,
        message: {
          zh: `验证码发送过于频繁，请 ${secondsLeft} 秒后再试`,
          en: `Too many codes requested, try again in ${secondsLeft} s`,
        },
        details: [
          {
            field: 'phone',
            message: { zh: '该手机号请求次数过多', en: 'too many codes for this phone' },
          },
        ],
      });
    }

    const code = generateCode();
    const key = this.codeKey(phone);
    await this.redis.eval(STORE_CODE_LUA, 1, key, this.hash(phone, code), OTP_TTL_SECONDS);
    try {
      await this.sender.send(phone, code, OTP_TTL_SECONDS);
    } catch (error) {
      // An undelivered code must not stay valid.
      await this.redis.del(key);
      throw error;
    }
    return count === OTP_SEND_LIMIT
      ? { expiresIn: OTP_TTL_SECONDS, resendAfter: secondsLeft }
      : { expiresIn: OTP_TTL_SECONDS };
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
      case 'burned':
        throw AppException.forField(ErrorCode.TOO_MANY_ATTEMPTS, 'code', {
          zh: '验证码错误次数过多，请重新获取',
          en: 'Too many wrong codes, request a new one',
        });
      default:
        throw AppException.forField(ErrorCode.CODE_EXPIRED, 'code', {
          zh: '验证码已过期，请重新获取',
          en: 'The code has expired, request a new one',
        });
    }
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
