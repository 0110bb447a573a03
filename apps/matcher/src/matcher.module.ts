import { Module } from '@nestjs/common';
import { PlatformModule } from '@app/common';
import { AccountsModule } from '@app/accounts';
import { EventsModule, WavesModule } from '@app/matching';
import { MatcherRunner } from './matcher.runner';

/**
 * The matcher process: publishes the outbox, reacts to events with offer waves
 * and runs expiries. Serves /health and /metrics for operations; the matching
 * modules it imports bring their routes along (and need AccountsModule for their
 * guards), but clients talk to the API.
 */
@Module({
  imports: [PlatformModule, AccountsModule, EventsModule, WavesModule],
  providers: [MatcherRunner],
})
export class MatcherModule {}
