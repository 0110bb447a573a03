import { Module } from '@nestjs/common';
import { MarketsModule, TradesModule } from '@app/listings';
import { FairStaffAccess } from './fair-staff-access';
import { FairReader } from './fair-reader';
import { FairSetupService } from './fair-setup.service';
import { FairsController } from './fairs.controller';
import { FairsService } from './fairs.service';

/**
 * Gig job fairs 零工专场招聘会 (clause 九): scheduled by a market's operator, with
 * zones, employers at booths and shifts shown there. The hall board's fair view
 * reads these tables itself (libs/boards/src/fair).
 */
@Module({
  imports: [MarketsModule, TradesModule],
  controllers: [FairsController],
  providers: [FairStaffAccess, FairReader, FairsService, FairSetupService],
})
export class FairsModule {}
