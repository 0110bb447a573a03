import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { OffersController } from './offers.controller';
import { OffersService } from './offers.service';

/** Answering offers (accept, decline) and a worker's pending offers. Waves create them. */
@Module({
  imports: [AssignmentsModule],
  controllers: [OffersController],
  providers: [OffersService],
  exports: [OffersService],
})
export class OffersModule {}
