import { Module } from '@nestjs/common';
import { PlatformModule } from '@app/common';
import { EventsModule } from '@app/events';
import { AccountsHttpModule } from '@app/accounts';
import { ListingsHttpModule } from '@app/listings';
import { CreditHttpModule } from '@app/credit';
import { MatchingHttpModule } from '@app/matching';
import { DirectHireModule } from '@app/direct-hire';
import { BoardsHttpModule } from '@app/boards';
import { PublicServiceModule } from '@app/public-service';
import { WebAppModule } from './web/web-app.module';

/** The API process: every client route, the web app and the API documentation. */
@Module({
  imports: [
    PlatformModule,
    EventsModule,
    AccountsHttpModule,
    ListingsHttpModule,
    CreditHttpModule,
    MatchingHttpModule,
    DirectHireModule,
    BoardsHttpModule,
    PublicServiceModule,
    WebAppModule,
  ],
})
export class ApiModule {}
