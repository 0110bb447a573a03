import { Module } from '@nestjs/common';
import { WorkersModule } from '@app/listings';
import { PresenceService } from './presence.service';

@Module({
  imports: [WorkersModule],
  providers: [PresenceService],
  exports: [PresenceService],
})
export class PresenceModule {}
