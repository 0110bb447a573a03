import { Module } from '@nestjs/common';
import { CandidatesModule } from './candidates/candidates.module';
import { InvitesModule } from './invites/invites.module';
import { PresenceModule } from './presence/presence.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { SeatsLifecycleModule } from './shift-lifecycle/seats-lifecycle.module';
import { WalkInsModule } from './walk-ins/walk-ins.module';

/** 即时快招 matching: candidates, scoring, offer waves and seats (a later issue fills this in). */
@Module({
  imports: [
    SeatsLifecycleModule,
    PresenceModule,
    CandidatesModule,
    RecommendationsModule,
    InvitesModule,
    WalkInsModule,
  ],
  exports: [SeatsLifecycleModule, PresenceModule, CandidatesModule],
})
export class MatchingModule {}
