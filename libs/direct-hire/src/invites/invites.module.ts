import { Module } from '@nestjs/common';
import { CandidatesModule } from '@app/matching';
import { OffersModule } from '@app/matching';
import { InvitesController } from './invites.controller';
import { InvitesService } from './invites.service';

/** Employers invite workers (from a worker post, or by id) to their shifts. */
@Module({
  imports: [CandidatesModule, OffersModule],
  controllers: [InvitesController],
  providers: [InvitesService],
  exports: [InvitesService],
})
export class InvitesModule {}
