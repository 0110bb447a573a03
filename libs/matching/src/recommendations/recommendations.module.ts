import { Module } from '@nestjs/common';
import { CandidatesModule } from '../offers/candidates/candidates.module';
import { RecommendationsService } from './recommendations.service';

/** Reverse matching: shifts recommended for a worker post. */
@Module({
  imports: [CandidatesModule],
  providers: [RecommendationsService],
  exports: [RecommendationsService],
})
export class RecommendationsModule {}
