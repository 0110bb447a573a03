import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  UseGuards,
} from '@nestjs/common';
import { Authenticator } from './authenticator.service';
import type { AuthedRequest } from './auth.guard';
import type { AuthUser } from './auth-user';

/**
 * For public routes that show more to some callers (admins see suspended
 * markets): reads the Bearer token when there is one and lets anonymous callers
 * through. A token that is present but bad is still refused (401), so an admin
 * with an expired session is told so instead of silently seeing the public view.
 */
@Injectable()
export class ViewerGuard implements CanActivate {
  constructor(private readonly auth: Authenticator) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const header = request.headers.authorization;
    if (header === undefined || header === '') return true;
    const match = /^Bearer (.+)$/i.exec(header);
    request.user = (await this.auth.authenticate(match?.[1] ?? '')).user;
    return true;
  }
}

/** The caller on a route guarded by ViewerGuard, or undefined for the public. */
export const Viewer = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser | undefined =>
    context.switchToHttp().getRequest<AuthedRequest>().user,
);

/** `@OptionalAuth()`: a public route that reads the caller's token when one is sent. */
export function OptionalAuth() {
  return applyDecorators(UseGuards(ViewerGuard));
}
