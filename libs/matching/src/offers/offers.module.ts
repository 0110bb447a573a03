import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../seats/assignments.module';
import { OffersService } from './offers.service';

/** Answering offers (accept, decline) and a worker's pending offers. Waves create them. */
@Module({
  imports: [AssignmentsModule],
  providers: [OffersService],
  exports: [OffersService],
})
export class OffersModule {}
