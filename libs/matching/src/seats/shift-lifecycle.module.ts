import { Module } from '@nestjs/common';
import { ShiftsModule } from '@app/listings';
import { AssignmentsModule } from './assignments.module';
import { CandidatesModule } from '../offers/candidates/candidates.module';
import { CreditModule } from '@app/credit';
import { ShiftLifecycleService } from './shift-lifecycle.service';

/** Grab (抢单), shift cancellation, a shift's workers and its check-in code. */
@Module({
  imports: [ShiftsModule, AssignmentsModule, CreditModule, CandidatesModule],
  providers: [ShiftLifecycleService],
  exports: [ShiftLifecycleService],
})
export class ShiftLifecycleModule {}
