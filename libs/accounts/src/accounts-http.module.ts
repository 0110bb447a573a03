import { Module } from '@nestjs/common';
import { AccountsModule } from './accounts.module';
import { AuthController } from './auth/auth.controller';
import { MeController } from './users/me.controller';
import { AdminUsersController } from './users/admin-users.controller';

/**
 * Sign-in, the signed-in user and the admin user routes. Only apps/api mounts them.
 * The services live in AccountsModule, which the realtime and matcher processes import without
 * these routes.
 */
@Module({
  imports: [AccountsModule],
  controllers: [AuthController, MeController, AdminUsersController],
})
export class AccountsHttpModule {}
