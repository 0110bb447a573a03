import { Module } from '@nestjs/common';
import { PlatformModule } from '@app/common';
import { AccountsModule } from '@app/accounts';
import { ListingsModule } from '@app/listings';
import { MatchingModule } from '@app/matching';
import { BoardsHttpModule } from '@app/boards';
import { PublicServiceModule } from '@app/public-service';
import { WebAppModule } from './web/web-app.module';

@Module({
  imports: [
    PlatformModule,
    AccountsModule,
    ListingsModule,
    MatchingModule,
    BoardsHttpModule,
    PublicServiceModule,
    WebAppModule,
  ],
})
export class ApiModule {}
