import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AppException } from '@app/common';
import { ErrorCode, Role } from '@app/contracts';
import { AccessTokenService } from './access-token.service';
import type { AuthUser } from './auth-user';

export const ROLES_KEY = 'linggong:roles';
export type AuthedRequest = FastifyRequest & { user?: AuthUser };

/**
 * Requires a valid Bearer token; when the route names roles, the account must
 * hold one of them (401 without a token, 403 with the wrong role).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer (.+)$/i.exec(header) : null;
    if (!match?.[1]) throw new AppException(ErrorCode.UNAUTHENTICATED);
    const user = this.tokens.verify(match[1]);
    request.user = user;

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (required?.length && !required.some((role) => user.roles.includes(role))) {
      throw new AppException(ErrorCode.FORBIDDEN);
    }
    return true;
  }
}
