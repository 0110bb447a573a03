import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppException, Clock } from '@app/common';
// A plain function (no Nest module), so accounts does not depend on matching's modules.
import { recordCommitment } from '@app/commitments';
import { ErrorCode, Role } from '@app/contracts';
import { OtpService } from '../otp/otp.service';
import { decideRotation } from '../refresh-tokens/refresh-token';
import { RefreshTokensService } from '../refresh-tokens/refresh-tokens.service';
import { AccountView, UsersService } from '../users/users.service';
import { AccessTokenService } from './access-token.service';
import { Authenticator } from './authenticator.service';
import { SessionRevocations } from './session-revocations.service';
import type { LoginDto, SessionDto } from './auth.dto';

/** Login, refresh and logout: turns a proven phone into a pair of tokens. */
@Injectable()
export class SessionsService {
  private readonly logger = new Logger('Sessions');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly otp: OtpService,
    private readonly users: UsersService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly accessTokens: AccessTokenService,
    private readonly authenticator: Authenticator,
    private readonly revocations: SessionRevocations,
    private readonly clock: Clock,
  ) {}

  async login({ phone, code, role }: LoginDto): Promise<SessionDto> {
    // The code is checked (and consumed) before anything about the account is
    // revealed; the account and its first refresh token are written together.
    await this.otp.verify(phone, code);
    const session = await this.db.transaction(async (m) => {
      const user = await this.users.admitForLogin(m, phone, role);
      // The first login in a role is the sign-up: record its 告知承诺 (clause 十八) once.
      if (role === 'worker' || role === 'employer') {
        await recordCommitment(m, {
          userId: user.id,
          role,
          kind: 'sign_up',
          subjectId: null,
          at: this.clock.now(),
        });
      }
      return this.open(m, user, role, randomUUID());
    });
    // Signing in as a new role adds it: the guard must not go on with the cached roles.
    await this.authenticator.forget(session.user.id);
    return withoutId(session);
  }

  async refresh(presented: string): Promise<SessionDto> {
    // A refused token may still need its family revoked, and that must commit:
    // so the transaction returns what to refuse and the error is thrown after it.
    const outcome = await this.db.transaction(async (m): Promise<RefreshOutcome> => {
      const stored = await this.refreshTokens.findForUpdate(m, presented);
      const decision = decideRotation(stored, new Date());
      if (!stored || decision !== 'rotate') {
        // A suspended account's sessions were all revoked: say why rather than "invalid".
        if (stored && (await this.users.findById(stored.userId, m))?.status === 'suspended') {
          return { refused: ErrorCode.ACCOUNT_SUSPENDED };
        }
        if (stored && decision === 'reuse') {
          this.logger.warn({ userId: stored.userId }, 'refresh token reused; session revoked');
          await this.refreshTokens.revokeFamily(m, stored.familyId);
          return { refused: ErrorCode.INVALID_REFRESH_TOKEN, ended: stored.familyId };
        }
        return { refused: ErrorCode.INVALID_REFRESH_TOKEN };
      }
      const user = await this.users.findById(stored.userId, m);
      if (!user || !user.roles.includes(stored.role) || user.status !== 'active') {
        await this.refreshTokens.revokeFamily(m, stored.familyId);
        const refused =
          user?.status === 'suspended'
            ? ErrorCode.ACCOUNT_SUSPENDED
            : ErrorCode.INVALID_REFRESH_TOKEN;
        return { refused, ended: stored.familyId };
      }
      const next = await this.open(m, user, stored.role, stored.familyId);
      await this.refreshTokens.markRotated(m, stored.id, next.refreshId);
      return { session: next };
    });
    if ('session' in outcome) return withoutId(outcome.session);
    // Whoever holds the session's access token (the thief, or the user) loses it now,
    // not when it expires; its sockets are disconnected.
    if (outcome.ended) await this.revocations.revoke([outcome.ended], 'revoked');
    throw new AppException(outcome.refused);
  }

  async logout(presented: string): Promise<void> {
    const sessionId = await this.refreshTokens.revokeFamilyOf(presented);
    if (sessionId) await this.revocations.revoke([sessionId], 'logout');
  }

  private async open(
    m: EntityManager,
    user: AccountView,
    role: Role,
    familyId: string,
  ): Promise<SessionDto & { refreshId: string }> {
    const refresh = await this.refreshTokens.issue(m, user.id, role, familyId);
    const access = this.accessTokens.sign({ id: user.id, role, sessionId: familyId });
    return {
      accessToken: access.token,
      expiresIn: access.expiresIn,
      refreshToken: refresh.token,
      refreshExpiresAt: refresh.expiresAt.toISOString(),
      user: { id: user.id, phone: user.phone, roles: user.roles, role },
      refreshId: refresh.id,
    };
  }
}

type RefreshOutcome =
  { session: SessionDto & { refreshId: string } } | { refused: ErrorCode; ended?: string };

function withoutId({ refreshId: _, ...session }: SessionDto & { refreshId: string }): SessionDto {
  return session;
}
