import { Module } from '@nestjs/common';
import { AuthCoreModule } from './auth/auth-core.module';

/**
 * Accounts: phone + SMS-code login, tokens, users and roles.
 * (Login, refresh and /me are filled in by the accounts work.)
 */
@Module({
  imports: [AuthCoreModule],
})
export class AccountsModule {}
