import { Module } from '@nestjs/common';
import { AgreementsModule } from './agreements/agreements.module';
import { ComplaintsModule } from './complaints/complaints.module';
import { FairsModule } from './fairs/fairs.module';
import { PolicyHelperModule } from './policy-helper/policy-helper.module';
import { RegistrationModule } from './registration/registration.module';
import { StaffSharingModule } from './staff-sharing/staff-sharing.module';
import { StatisticsModule } from './statistics/statistics.module';

/**
 * The public-service side of Linggong (issue 7): what a city's employment service
 * runs beside the marketplace, each part answering a clause of the notice —
 * flexible-employment registration (六), complaints (十五), statistics
 * monitoring (三), gig job fairs (九), staff sharing (七), written agreements
 * (十四) and the policy helper (四, 十二, 十三). Credit (十八) lives with
 * matching (libs/matching/src/credit), which must honour it.
 */
@Module({
  imports: [
    RegistrationModule,
    PolicyHelperModule,
    ComplaintsModule,
    StatisticsModule,
    FairsModule,
    StaffSharingModule,
    AgreementsModule,
  ],
})
export class PublicServiceModule {}
