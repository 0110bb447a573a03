import { Module } from '@nestjs/common';
import { CreditModule } from '@app/credit';
import { CandidatesModule } from './offers/candidates/candidates.module';
import { OffersModule } from './offers/offers.module';
import { PresenceModule } from './presence/presence.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { AssignmentsModule } from './seats/assignments.module';
import { ShiftLifecycleModule } from './seats/shift-lifecycle.module';

/**
 * 即时快招 matching, without routes: who is online (presence), who fits a shift and how well
 * (offers/candidates), offers and their answers (offers), and seats: claims, grabs,
 * attendance and cancellation (seats). The offer waves are WavesModule, for the matcher.
 * Routes: MatchingHttpModule (apps/api only).
 */
@Module({
  imports: [
    CreditModule,
    AssignmentsModule,
    OffersModule,
    ShiftLifecycleModule,
    PresenceModule,
    CandidatesModule,
    RecommendationsModule,
  ],
  exports: [
    CreditModule,
    AssignmentsModule,
    OffersModule,
    ShiftLifecycleModule,
    PresenceModule,
    CandidatesModule,
    RecommendationsModule,
  ],
})
export class MatchingModule {}
