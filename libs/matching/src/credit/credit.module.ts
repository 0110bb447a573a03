import { Module } from '@nestjs/common';
import { CreditService } from './credit.service';

/** The credit ledger (clause 十八); callers pass their own transaction. */
@Module({ providers: [CreditService], exports: [CreditService] })
export class CreditModule {}
