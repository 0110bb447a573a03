import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { Idempotent } from '@app/common';
import { AppealView, FileAppealDto } from './appeals/appeal.dto';
import { AppealsService } from './appeals/appeals.service';
import { COMMITMENT_TEXTS } from '@app/commitments';
import { CreditRecordsService } from './credit-records.service';
import { CreditRecordView } from './credit.view';

/** A worker's or employer's own credit (clause 十八). */
@ApiTags('credit')
@Controller()
export class CreditController {
  constructor(
    private readonly records: CreditRecordsService,
    private readonly appeals: AppealsService,
  ) {}

  @Get('credit/me')
  @Auth('worker', 'employer')
  @ApiOperation({
    summary: '我的信用 My credit: score, ledger, commitments, blacklist entries, appeals',
    description:
      'The score is computed from the ledger now (older events weigh less; see docs/credit.md). ' +
      'An employer also sees their shifts held for review and how the review went.',
  })
  @ApiOkResponse({ type: CreditRecordView })
  me(@CurrentUser() user: AuthUser): Promise<CreditRecordView> {
    return this.records.mine(user);
  }

  @Post('credit/appeals')
  @Auth('worker', 'employer')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: '提出申诉 Appeal a blacklist entry or a credit event',
    description:
      'Name exactly one of blacklistEntryId (an entry of yours in force) or creditEventId (an event ' +
      'of yours, not voided). 409 APPEAL_NOT_ALLOWED when it is not yours, no longer in force, or ' +
      'already has an open appeal.',
  })
  @ApiCreatedResponse({ type: AppealView })
  appeal(@CurrentUser() user: AuthUser, @Body() dto: FileAppealDto): Promise<AppealView> {
    return this.appeals.file(user, dto);
  }

  @Get('credit/commitment-texts')
  @ApiOperation({
    summary: '告知承诺文本 The current commitment texts (public)',
    description:
      'What a user commits to on sign-up, posting a shift, accepting an offer and grabbing a seat ' +
      '(shown before the first grab; POST /shifts/:id/grab names its version); with versions.',
  })
  commitmentTexts(): typeof COMMITMENT_TEXTS {
    return COMMITMENT_TEXTS;
  }
}
