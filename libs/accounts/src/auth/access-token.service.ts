import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig, AppException } from '@app/common';
import { ErrorCode, ROLES, Role } from '@app/contracts';
import type { AccessTokenClaims, AuthUser } from './auth-user';

/**
 * Signs and verifies short-lived access tokens. The HTTP guard and (later) the
 * socket handshake both verify through this one service.
 */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  sign(user: AuthUser): { token: string; expiresIn: number } {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, roles: user.roles };
    const expiresIn = this.config.JWT_ACCESS_TTL_SECONDS;
    const token = this.jwt.sign(claims, { expiresIn });
    return { token, expiresIn };
  }

  verify(token: string): AuthUser {
    let claims: AccessTokenClaims;
    try {
      claims = this.jwt.verify<AccessTokenClaims>(token);
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new AppException(expired ? ErrorCode.TOKEN_EXPIRED : ErrorCode.UNAUTHENTICATED);
    }
    const isRole = (r: unknown): r is Role => ROLES.includes(r as Role);
    if (typeof claims.sub !== 'string' || !isRole(claims.role) || !Array.isArray(claims.roles)) {
      throw new AppException(ErrorCode.UNAUTHENTICATED);
    }
    return { id: claims.sub, role: claims.role, roles: claims.roles.filter(isRole) };
  }
}
