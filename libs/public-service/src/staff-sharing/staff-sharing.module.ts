import { Module } from '@nestjs/common';
import { TradesModule } from '@app/listings';
import { SharingMatchesService } from './sharing-matches.service';
import { SharingPostsService } from './sharing-posts.service';
import { StaffSharingController } from './staff-sharing.controller';

/** Staff sharing 共享用工 (clause 七): idle staff lent to an employer short of hands. */
@Module({
  imports: [TradesModule],
  controllers: [StaffSharingController],
  providers: [SharingPostsService, SharingMatchesService],
})
export class StaffSharingModule {}
