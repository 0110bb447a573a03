import { Module } from '@nestjs/common';
import { ListingsModule } from './listings.module';
import { CertificatesController } from './certificates/certificates.controller';
import { EmployersController } from './employers/employers.controller';
import { TradesController } from './trades/trades.controller';
import { MarketsController } from './markets/markets.controller';
import { MarketOperatorsController } from './markets/market-operators.controller';
import { ShiftsController } from './shifts/shifts.controller';
import { WorkerPostsController } from './worker-posts/worker-posts.controller';
import { WorkersController } from './workers/workers.controller';

/**
 * Trades, certificates, markets, profiles, shifts and worker posts over HTTP. Only apps/api mounts them.
 * The services live in ListingsModule, which the realtime and matcher processes import without
 * these routes.
 */
@Module({
  imports: [ListingsModule],
  controllers: [
    CertificatesController,
    EmployersController,
    TradesController,
    MarketsController,
    MarketOperatorsController,
    ShiftsController,
    WorkerPostsController,
    WorkersController,
  ],
})
export class ListingsHttpModule {}
