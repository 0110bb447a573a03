import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { RecommendationsController } from './recommendations.controller';
import { RecommendationsService } from './recommendations.service';

/** Reverse matching: shifts recommended for a worker post. */
@Module({
  imports: [CandidatesModule],
  controllers: [RecommendationsController],
  providers: [RecommendationsService],
  exports: [RecommendationsService],
})
export class RecommendationsModule {}
