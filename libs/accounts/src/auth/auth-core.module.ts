import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig, requireJwtSecret } from '@app/common';
import { AccessTokenService } from './access-token.service';
import { AuthGuard } from './auth.guard';
import { Authenticator } from './authenticator.service';
import { SessionRevocations } from './session-revocations.service';
import { ViewerGuard } from './viewer.guard';

/** Token verification, the server-side account check and the guards, available to every domain module. */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A key object made once: given the secret as a string, jsonwebtoken tries to parse
      // it as a public key on every call (≈1.7 ms per verify, 40× the HMAC itself), which
      // the contention benchmark found at the top of the API's profile.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(requireJwtSecret(config))),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [AccessTokenService, Authenticator, SessionRevocations, AuthGuard, ViewerGuard],
  exports: [AccessTokenService, Authenticator, SessionRevocations, AuthGuard, ViewerGuard],
})
export class AuthCoreModule {}
