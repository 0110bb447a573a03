import { Module } from '@nestjs/common';
import { InvitesModule } from './invites/invites.module';
import { WalkInsModule } from './walk-ins/walk-ins.module';

/**
 * Hiring a named person outside the offer waves: employers' invites and the operator desk's
 * walk-ins (服务窗口). Both only serve routes, so only apps/api imports this module.
 */
@Module({ imports: [InvitesModule, WalkInsModule] })
export class DirectHireModule {}
