import { Module } from '@nestjs/common';
import { TradesModule } from './trades/trades.module';
import { CertificatesModule } from './certificates/certificates.module';
import { MarketsModule } from './markets/markets.module';
import { WorkersModule } from './workers/workers.module';
import { EmployersModule } from './employers/employers.module';
import { ShiftsModule } from './shifts/shifts.module';
import { WorkerPostsModule } from './worker-posts/worker-posts.module';

/**
 * Listings: trades, certificates, worker and employer profiles, shifts, worker posts and the
 * market directory, without routes (ListingsHttpModule adds them, in apps/api only).
 */
@Module({
  imports: [
    TradesModule,
    CertificatesModule,
    MarketsModule,
    WorkersModule,
    EmployersModule,
    ShiftsModule,
    WorkerPostsModule,
  ],
  exports: [
    TradesModule,
    CertificatesModule,
    MarketsModule,
    WorkersModule,
    EmployersModule,
    ShiftsModule,
    WorkerPostsModule,
  ],
})
export class ListingsModule {}
