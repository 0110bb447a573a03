import { Module } from '@nestjs/common';
import { CreditModule } from '../credit/credit.module';
import { AssignmentQueriesService } from './assignment-queries.service';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';
import { AttendanceService } from './attendance.service';
import { HoursDisputesController } from './hours-disputes.controller';
import { HoursDisputesService } from './hours-disputes.service';
import { SeatsService } from './seats.service';

/** Seats and the life of an assignment. Tables are read and written with SQL (no entities). */
@Module({
  imports: [CreditModule],
  controllers: [AssignmentsController, HoursDisputesController],
  providers: [
    SeatsService,
    AssignmentsService,
    AttendanceService,
    AssignmentQueriesService,
    HoursDisputesService,
  ],
  exports: [SeatsService, AssignmentsService, AttendanceService, AssignmentQueriesService],
})
export class AssignmentsModule {}
