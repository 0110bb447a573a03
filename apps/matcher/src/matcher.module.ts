import { Module } from '@nestjs/common';
import { PlatformModule } from '@app/common';
import { EventsModule } from '@app/events';
import { WavesModule } from '@app/matching';
import { MatcherRunner } from './matcher.runner';

/**
 * The matcher process: publishes the outbox, reacts to events with offer waves
 * and runs expiries. Serves /health and /metrics for operations and nothing else:
 * the modules it imports carry no routes (test/apps/route-tables).
 */
@Module({
  imports: [PlatformModule, EventsModule, WavesModule],
  providers: [MatcherRunner],
})
export class MatcherModule {}
