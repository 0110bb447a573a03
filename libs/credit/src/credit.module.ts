import { Module } from '@nestjs/common';
import { AppealsService } from './appeals/appeals.service';
import { AuditService } from './audit.service';
import { BlacklistService } from './blacklist/blacklist.service';
import { CreditRecordsService } from './credit-records.service';
import { CreditService } from './credit.service';
import { ShiftReviewService } from './review/shift-review.service';

/**
 * Credit (clause 十八 告知承诺-信用管理-联合惩戒): the ledger and cached score, the
 * blacklist, appeals, the review hold for low-credit employers and the audit trail.
 * Ledger writers pass their own transaction to CreditService.record.
 */
@Module({
  providers: [
    CreditService,
    AuditService,
    BlacklistService,
    AppealsService,
    ShiftReviewService,
    CreditRecordsService,
  ],
  exports: [
    CreditService,
    AuditService,
    BlacklistService,
    AppealsService,
    ShiftReviewService,
    CreditRecordsService,
  ],
})
export class CreditModule {}
