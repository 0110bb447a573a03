import { Module } from '@nestjs/common';
import { AgreementsController } from './agreements.controller';
import { AgreementsService } from './agreements.service';

/**
 * Written agreements 书面协议 for part-time work (clause 十四): one per confirmed
 * assignment, frozen when produced, accepted by both sides in the app.
 */
@Module({
  controllers: [AgreementsController],
  providers: [AgreementsService],
})
export class AgreementsModule {}
