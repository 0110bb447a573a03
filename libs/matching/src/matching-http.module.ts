import { Module } from '@nestjs/common';
import { MatchingModule } from './matching.module';
import { AssignmentsController } from './seats/assignments.controller';
import { HoursDisputesController } from './seats/hours-disputes.controller';
import { ShiftLifecycleController } from './seats/shift-lifecycle.controller';
import { OffersController } from './offers/offers.controller';
import { PresenceController } from './presence/presence.controller';
import { RecommendationsController } from './recommendations/recommendations.controller';

/**
 * Offers, grabs, seats, attendance, presence and recommendations over HTTP. Only apps/api mounts them.
 * The services live in MatchingModule, which the realtime and matcher processes import without
 * these routes.
 */
@Module({
  imports: [MatchingModule],
  controllers: [
    AssignmentsController,
    HoursDisputesController,
    ShiftLifecycleController,
    OffersController,
    PresenceController,
    RecommendationsController,
  ],
})
export class MatchingHttpModule {}
