import { Module } from '@nestjs/common';
import { TradesModule } from '@app/listings';
import { CreditModule } from '@app/credit';
import { CalendarController } from './calendar.controller';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsService } from './registrations.service';
import { WorkingCalendarService } from './working-calendar.service';

/** Flexible-employment registration 灵活就业登记 and the working-day calendar (clause 六). */
@Module({
  imports: [TradesModule, CreditModule],
  controllers: [RegistrationsController, CalendarController],
  providers: [RegistrationsService, WorkingCalendarService],
  exports: [WorkingCalendarService],
})
export class RegistrationModule {}
