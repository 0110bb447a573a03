import { Module } from '@nestjs/common';
import { PresenceModule } from '../../presence/presence.module';
import { CandidatesService } from './candidates.service';

@Module({
  imports: [PresenceModule],
  providers: [CandidatesService],
  exports: [CandidatesService, PresenceModule],
})
export class CandidatesModule {}
