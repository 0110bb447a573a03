import { Module } from '@nestjs/common';
import { CreditModule } from '@app/credit';
import { ComplaintsController } from './complaints.controller';
import { ComplaintsService } from './complaints.service';

/** Complaints 投诉 (clause 十五): workers report unpaid wages or unsafe work; staff decide. */
@Module({
  imports: [CreditModule],
  controllers: [ComplaintsController],
  providers: [ComplaintsService],
})
export class ComplaintsModule {}
