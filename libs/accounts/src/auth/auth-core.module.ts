import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AccessTokenService } from './access-token.service';
import { AuthGuard } from './auth.guard';
import { ViewerGuard } from './viewer.guard';

/** Token verification and the guard, available to every domain module. */
@Global()
@Module({
  imports: [JwtModule.register({})],
  providers: [AccessTokenService, AuthGuard, ViewerGuard],
  exports: [AccessTokenService, AuthGuard, ViewerGuard],
})
export class AuthCoreModule {}
