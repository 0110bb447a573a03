import { Module } from '@nestjs/common';
import { AuthCoreModule } from './auth/auth-core.module';
import { SessionsService } from './auth/sessions.service';
import { OtpModule } from './otp/otp.module';
import { RefreshTokensModule } from './refresh-tokens/refresh-tokens.module';
import { UsersModule } from './users/users.module';

/**
 * Accounts: phone + SMS-code login, tokens, users and roles, without routes
 * (AccountsHttpModule adds them, in apps/api only).
 */
@Module({
  imports: [AuthCoreModule, OtpModule, UsersModule, RefreshTokensModule],
  providers: [SessionsService],
  exports: [OtpModule, UsersModule, RefreshTokensModule, SessionsService],
})
export class AccountsModule {}
