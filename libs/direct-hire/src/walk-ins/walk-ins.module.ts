import { Module } from '@nestjs/common';
import { UsersModule } from '@app/accounts';
import { OtpModule } from '@app/accounts';
import { MarketsModule, WorkersModule } from '@app/listings';
import { AssignmentsModule } from '@app/matching';
import { CandidatesModule } from '@app/matching';
import { RecommendationsModule } from '@app/matching';
import { MarketStaffAccess } from './market-staff-access';
import { PlacementsService } from './placements.service';
import { WalkInsController } from './walk-ins.controller';
import { WalkInIdentityService } from './walk-in-identity.service';
import { WalkInsService } from './walk-ins.service';

/** The operator desk 服务窗口: walk-in workers, their consent, and seats taken on their behalf. */
@Module({
  imports: [
    UsersModule,
    OtpModule,
    MarketsModule,
    WorkersModule,
    AssignmentsModule,
    CandidatesModule,
    RecommendationsModule,
  ],
  controllers: [WalkInsController],
  providers: [MarketStaffAccess, WalkInsService, WalkInIdentityService, PlacementsService],
})
export class WalkInsModule {}
