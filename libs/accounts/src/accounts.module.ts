import { Module } from '@nestjs/common';
import { AuthController } from './auth/auth.controller';
import { AuthCoreModule } from './auth/auth-core.module';
import { SessionsService } from './auth/sessions.service';
import { OtpModule } from './otp/otp.module';
import { RefreshTokensModule } from './refresh-tokens/refresh-tokens.module';
import { UsersModule } from './users/users.module';

/** Accounts: phone + SMS-code login, tokens, users and roles. */
@Module({
  imports: [AuthCoreModule, OtpModule, UsersModule, RefreshTokensModule],
  controllers: [AuthController],
  providers: [SessionsService],
  exports: [UsersModule],
})
export class AccountsModule {}
