import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { OtpService, type OtpSent } from '@app/accounts';
import { AppException, maskName, REDIS } from '@app/common';
import { ErrorCode } from '@app/contracts';
import type { WalkInVerificationDto } from './walk-in.dto';
import type { WalkInLookupView } from './walk-in.view';

export interface ExistingAccount {
  id: string;
  roles: string[];
}

/** Wrong ID numbers allowed per account in the window, like the SMS code's attempt limit. */
const ID_CHECK_LIMIT = 5;
const ID_CHECK_WINDOW_SECONDS = 15 * 60;

/** How the person showed the account is theirs (recorded with the consent). */
export type WalkInVerifiedBy = 'new_account' | 'sms_code' | 'id_number';

/**
 * Who is standing at the counter: before the desk touches an existing account, the
 * person proves it is theirs, with the SMS code sent to that phone (read out to the
 * operator) or the ID number on file from their employment registration. The desk
 * sees only a masked profile until then.
 */
@Injectable()
export class WalkInIdentityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly otp: OtpService,
  ) {}

  async account(phone: string): Promise<ExistingAccount | null> {
    const [row] = await this.db.query<ExistingAccount[]>(
      `SELECT id, roles FROM users WHERE phone = $1`,
      [phone],
    );
    return row ?? null;
  }

  /** Whether the phone has an account, and if so a masked profile (张**, trades, district). */
  async lookup(phone: string): Promise<WalkInLookupView> {
    const account = await this.account(phone);
    if (!account) return { exists: false, profile: null, idNumberOnFile: false };
    const [profile] = await this.db.query<
      { name: string; home_district: string; trades: string[] | null }[]
    >(
      `SELECT wp.name, wp.home_district,
              (SELECT array_agg(t.trade_code ORDER BY t.level DESC, t.trade_code)
                 FROM worker_trades t WHERE t.user_id = wp.user_id) AS trades
         FROM worker_profiles wp WHERE wp.user_id = $1`,
      [account.id],
    );
    return {
      exists: true,
      profile: profile
        ? {
            name: maskName(profile.name),
            trades: profile.trades ?? [],
            homeDistrict: profile.home_district,
          }
        : null,
      idNumberOnFile: (await this.idNumberOnFile(account.id)) !== null,
    };
  }

  /** Sends the person a code through the sign-in SMS service (its limits apply). */
  async sendCode(phone: string): Promise<OtpSent> {
    if (!(await this.account(phone))) {
      throw new AppException(ErrorCode.NOT_FOUND, {
        message: {
          zh: '该手机号尚未注册，无需验证，直接登记即可',
          en: 'No account has this phone: register the person directly',
        },
      });
    }
    return this.otp.send(phone);
  }

  /** Passes with how the person was verified, or refuses before anything changes. */
  async verify(
    account: ExistingAccount,
    phone: string,
    proof: WalkInVerificationDto | undefined,
  ): Promise<WalkInVerifiedBy> {
    if (proof?.code) {
      await this.otp.verify(phone, proof.code);
      return 'sms_code';
    }
    if (proof?.idNumber) {
      await this.countIdCheck(account.id);
      const onFile = await this.idNumberOnFile(account.id);
      if (!onFile || onFile.toUpperCase() !== proof.idNumber.trim().toUpperCase()) {
        throw AppException.forField(ErrorCode.WALK_IN_NOT_VERIFIED, 'verification.idNumber', {
          zh: onFile ? '身份证号与该账号登记的不一致' : '该账号没有登记身份证号，请改用短信验证码',
          en: onFile
            ? 'The ID number does not match the one on file for this account'
            : 'This account has no ID number on file; use the SMS code instead',
        });
      }
      return 'id_number';
    }
    throw AppException.forField(ErrorCode.WALK_IN_NOT_VERIFIED, 'verification', {
      zh: '该手机号已有账号：请让本人读出短信验证码，或核对身份证号',
      en: 'This phone already has an account: ask the person for the SMS code, or check their ID number',
    });
  }

  /** An ID number can be guessed from a birthday and a district: few tries per account. */
  private async countIdCheck(userId: string): Promise<void> {
    const key = `walkin:idcheck:${userId}`;
    const tries = await this.redis.incr(key);
    if (tries === 1) await this.redis.expire(key, ID_CHECK_WINDOW_SECONDS);
    if (tries > ID_CHECK_LIMIT) {
      const ttl = await this.redis.ttl(key);
      throw new AppException(ErrorCode.TOO_MANY_ATTEMPTS, {
        retryAfterSeconds: ttl > 0 ? ttl : ID_CHECK_WINDOW_SECONDS,
        message: {
          zh: '身份证号核对次数过多，请改用短信验证码或稍后再试',
          en: 'Too many ID number checks; use the SMS code or try later',
        },
      });
    }
  }

  /**
   * The ID number the person gave in their employment registration. Read, not written:
   * the registration (public-service) owns that table, and it cannot be imported from here.
   */
  private async idNumberOnFile(userId: string): Promise<string | null> {
    const [row] = await this.db.query<{ id_number: string }[]>(
      `SELECT id_number FROM flexible_registrations WHERE worker_id = $1`,
      [userId],
    );
    return row?.id_number ?? null;
  }
}
