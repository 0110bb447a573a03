import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig, AppException } from '@app/common';
import { ErrorCode, ROLES, Role } from '@app/contracts';
import type { AccessTokenClaims, VerifiedToken } from './auth-user';
import { VerifiedTokens } from './verified-tokens';

export interface TokenSubject {
  id: string;
  role: Role;
  sessionId: string;
}

/**
 * Signs and verifies short-lived access tokens (signature and expiry only; the
 * Authenticator adds the server-side checks). HTTP and sockets both go through it.
 */
@Injectable()
export class AccessTokenService {
  private readonly verified = new VerifiedTokens();

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  sign(subject: TokenSubject): { token: string; expiresIn: number } {
    const claims: AccessTokenClaims = {
      sub: subject.id,
      sid: subject.sessionId,
      role: subject.role,
    };
    const expiresIn = this.config.JWT_ACCESS_TTL_SECONDS;
    const token = this.jwt.sign(claims, { expiresIn });
    return { token, expiresIn };
  }

  verify(token: string): VerifiedToken {
    const known = this.verified.get(token, Date.now());
    if (known) return known;
    const verified = this.check(token);
    this.verified.remember(token, verified);
    return verified;
  }

  /** The signature, the expiry (jsonwebtoken reads the system time) and the claims' shape. */
  private check(token: string): VerifiedToken {
    let claims: AccessTokenClaims & { exp?: number };
    try {
      claims = this.jwt.verify<AccessTokenClaims & { exp?: number }>(token);
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new AppException(expired ? ErrorCode.TOKEN_EXPIRED : ErrorCode.UNAUTHENTICATED);
    }
    const { sub, sid, role, exp } = claims;
    if (
      typeof sub !== 'string' ||
      typeof sid !== 'string' ||
      sid === '' ||
      !ROLES.includes(role) ||
      typeof exp !== 'number'
    ) {
      throw new AppException(ErrorCode.UNAUTHENTICATED);
    }
    return { userId: sub, sessionId: sid, role, expiresAt: new Date(exp * 1000) };
  }
}
