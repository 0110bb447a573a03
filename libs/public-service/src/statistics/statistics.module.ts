import { Module } from '@nestjs/common';
import { StatisticsController } from './statistics.controller';
import { StatisticsService } from './statistics.service';
import { WorkRecordsController } from './work-records/work-records.controller';
import { WorkRecordsService } from './work-records/work-records.service';

/**
 * Statistics monitoring of new forms of employment (clause 三): workers confirm
 * their own work records (承诺制), and the city admin sees the confirmed ones
 * aggregated by district, trade and period, suppressed below 5 workers, compared
 * with the previous period and exported as CSV.
 */
@Module({
  controllers: [WorkRecordsController, StatisticsController],
  providers: [WorkRecordsService, StatisticsService],
})
export class StatisticsModule {}
