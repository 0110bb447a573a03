import { Module } from '@nestjs/common';
import { ShiftsModule } from '@app/listings';
import { AssignmentsModule } from '../assignments/assignments.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { CreditModule } from '../credit/credit.module';
import { ShiftLifecycleController } from './shift-lifecycle.controller';
import { ShiftLifecycleService } from './shift-lifecycle.service';

/** Grab (抢单), shift cancellation, a shift's workers and its check-in code. */
@Module({
  imports: [ShiftsModule, AssignmentsModule, CreditModule, CandidatesModule],
  controllers: [ShiftLifecycleController],
  providers: [ShiftLifecycleService],
  exports: [ShiftLifecycleService],
})
export class ShiftLifecycleModule {}
