import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { CreditModule } from '../credit/credit.module';
import { OffersModule } from '../offers/offers.module';
import { ShiftLifecycleModule } from './shift-lifecycle.module';

/** Seats, offers' answers, assignments, credit and shift cancellation: one import for MatchingModule. */
@Module({
  imports: [CreditModule, AssignmentsModule, OffersModule, ShiftLifecycleModule],
  exports: [CreditModule, AssignmentsModule, OffersModule, ShiftLifecycleModule],
})
export class SeatsLifecycleModule {}
