import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TradesModule } from '../trades/trades.module';
import { CertificatesModule } from '../certificates/certificates.module';
import { WorkerProfileEntity, WorkerTradeEntity } from './worker-profile.entity';
import { WorkersService } from './workers.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([WorkerProfileEntity, WorkerTradeEntity]),
    TradesModule,
    CertificatesModule,
  ],
  providers: [WorkersService],
  exports: [WorkersService],
})
export class WorkersModule {}
