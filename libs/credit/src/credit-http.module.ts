import { Module } from '@nestjs/common';
import { CreditModule } from './credit.module';
import { CreditController } from './credit.controller';
import { CreditAdminController } from './credit-admin.controller';

/**
 * A user's credit and the credit admin console's routes. Only apps/api mounts them.
 * The services live in CreditModule, which the realtime and matcher processes import without
 * these routes.
 */
@Module({
  imports: [CreditModule],
  controllers: [CreditController, CreditAdminController],
})
export class CreditHttpModule {}
