import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../../seats/assignments.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { CreditModule } from '@app/credit';
import { EventsModule } from '@app/events';
import { ShiftProgressModule } from '../../seats/shift-progress.module';
import { MatchingQueue } from './matching-queue';
import { WaveJobs } from './wave-jobs.service';
import { WaveRunner } from './wave-runner.service';
import { WaveTriggers } from './wave-triggers.service';

/** Offer waves: the matcher process runs them (apps/matcher); nothing starts on import. */
@Module({
  imports: [CandidatesModule, AssignmentsModule, ShiftProgressModule, CreditModule, EventsModule],
  providers: [MatchingQueue, WaveRunner, WaveTriggers, WaveJobs],
  exports: [MatchingQueue, WaveRunner, WaveTriggers, WaveJobs],
})
export class WavesModule {}
