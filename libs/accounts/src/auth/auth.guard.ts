import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AppException } from '@app/common';
import { ErrorCode, Role } from '@app/contracts';
import { Authenticator } from './authenticator.service';
import type { AuthUser } from './auth-user';

export const ROLES_KEY = 'linggong:roles';
export type AuthedRequest = FastifyRequest & { user?: AuthUser };

/**
 * Requires a valid Bearer token of a live session and an active account; when the
 * route names roles, the account must hold one of them as the server knows it now
 * (401 without a token or with an ended session, 403 with the wrong role or a
 * suspended account).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: Authenticator,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer (.+)$/i.exec(header) : null;
    if (!match?.[1]) throw new AppException(ErrorCode.UNAUTHENTICATED);
    const { user } = await this.auth.authenticate(match[1]);
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
