import { Module } from '@nestjs/common';
import { CreditModule } from '@app/credit';
import { AssignmentQueriesService } from './assignment-queries.service';
import { AssignmentsService } from './assignments.service';
import { AttendanceService } from './attendance.service';
import { HoursDisputesService } from './hours-disputes.service';
import { SeatsService } from './seats.service';

/** Seats and the life of an assignment. Tables are read and written with SQL (no entities). */
@Module({
  imports: [CreditModule],
  providers: [
    SeatsService,
    AssignmentsService,
    AttendanceService,
    AssignmentQueriesService,
    HoursDisputesService,
  ],
  exports: [
    SeatsService,
    AssignmentsService,
    AttendanceService,
    AssignmentQueriesService,
    HoursDisputesService,
  ],
})
export class AssignmentsModule {}
