import { Module } from '@nestjs/common';
import { PlatformModule } from '@app/common';

/** The socket.io gateway lives here (a later issue); for now the process boots with health and metrics. */
@Module({
  imports: [PlatformModule],
})
export class RealtimeModule {}
