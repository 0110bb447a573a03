import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmployersModule } from '../employers/employers.module';
import { MarketsModule } from '../markets/markets.module';
import { TradesModule } from '../trades/trades.module';
import { CertificatesModule } from '../certificates/certificates.module';
import { ShiftEntity } from './shift.entity';
import { ShiftsService } from './shifts.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ShiftEntity]),
    EmployersModule,
    TradesModule,
    MarketsModule,
    CertificatesModule,
  ],
  providers: [ShiftsService],
  exports: [ShiftsService],
})
export class ShiftsModule {}
