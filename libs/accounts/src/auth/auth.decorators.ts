import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Role } from '@app/contracts';
import { AuthGuard, AuthedRequest, ROLES_KEY } from './auth.guard';
import type { AuthUser } from './auth-user';

/** `@Auth()` any signed-in user; `@Auth('employer')` only accounts holding that role. */
export function Auth(...roles: Role[]) {
  return applyDecorators(SetMetadata(ROLES_KEY, roles), UseGuards(AuthGuard), ApiBearerAuth());
}

/** The signed-in user of a route guarded by `@Auth`. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser => {
    const user = context.switchToHttp().getRequest<AuthedRequest>().user;
    if (!user) throw new Error('CurrentUser used on a route without @Auth()');
    return user;
  },
);
