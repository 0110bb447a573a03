import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, AppException, REDIS } from '@app/common';
import type { Role } from '@app/contracts';
import { AccessTokenService } from './access-token.service';
import { AccountFacts, AccountStatus, judgeAccess } from './account-access';
import type { AuthUser } from './auth-user';
import { AuthKeys } from './session-notices';

const NO_ACCOUNT = '-';

/**
 * Turns a Bearer token into the caller, the same way for HTTP and sockets: the
 * signature and expiry, then one Redis round trip for the account's cached roles and
 * status and the session's revocation mark; the database only on a cache miss (at most
 * once per user per AUTH_ACCOUNT_CACHE_SECONDS). The seat-claim hot path goes through
 * here, so this stays one MGET.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly tokens: AccessTokenService,
    @Inject(REDIS) private readonly redis: Redis,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async authenticate(token: string): Promise<{ user: AuthUser; expiresAt: Date }> {
    const verified = this.tokens.verify(token);
    const [cached, revoked] = await this.redis.mget(
      AuthKeys.account(verified.userId),
      AuthKeys.revoked(verified.sessionId),
    );
    const facts = cached === null ? await this.load(verified.userId) : parse(cached);
    const judged = judgeAccess(verified, facts, revoked !== null);
    if (typeof judged === 'string') throw new AppException(judged);
    return { user: judged, expiresAt: verified.expiresAt };
  }

  /** Drops the cached copy after the account's roles or status changed (after the commit). */
  async forget(userId: string): Promise<void> {
    await this.redis.del(AuthKeys.account(userId));
  }

  private async load(userId: string): Promise<AccountFacts | null> {
    const [row] = await this.db.query<{ roles: Role[]; status: AccountStatus }[]>(
      `SELECT roles, status FROM users WHERE id = $1`,
      [userId],
    );
    const facts = row ? { roles: row.roles, status: row.status } : null;
    await this.redis.set(
      AuthKeys.account(userId),
      facts ? JSON.stringify(facts) : NO_ACCOUNT,
      'EX',
      this.config.AUTH_ACCOUNT_CACHE_SECONDS,
    );
    return facts;
  }
}

function parse(cached: string): AccountFacts | null {
  return cached === NO_ACCOUNT ? null : (JSON.parse(cached) as AccountFacts);
}
