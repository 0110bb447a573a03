import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { Page } from '@app/common';
import { AppealView, DecideAppealDto, ListAppealsQueryDto } from './appeals/appeal.dto';
import { AppealsService } from './appeals/appeals.service';
import { AuditEntryView, AuditService } from './audit.service';
import { pageSchema } from './page-schema';
import {
  AddBlacklistDto,
  IdParams,
  LiftBlacklistDto,
  ListBlacklistQueryDto,
} from './blacklist/blacklist.dto';
import { BlacklistService } from './blacklist/blacklist.service';
import { BlacklistEntryView } from './blacklist/blacklist.view';
import { AuditQueryDto, RecordFalseInformationDto } from './credit.dto';
import { CreditRecordsService } from './credit-records.service';
import { UserRefDto } from './credit-users';
import { CreditRecordView } from './credit.view';
import { ListHeldShiftsQueryDto, ReviewShiftDto, ShiftReviewView } from './review/shift-review.dto';
import { ShiftReviewService } from './review/shift-review.service';

/** The city admin's credit desk: lookups, blacklist, appeals, held shifts, the audit trail. */
@ApiTags('admin: credit')
@ApiExtraModels(BlacklistEntryView, AppealView, ShiftReviewView, AuditEntryView)
@Controller('admin')
@Auth('admin')
export class CreditAdminController {
  constructor(
    private readonly records: CreditRecordsService,
    private readonly blacklist: BlacklistService,
    private readonly appeals: AppealsService,
    private readonly reviews: ShiftReviewService,
    private readonly audit: AuditService,
  ) {}

  @Get('credit/users')
  @ApiOperation({
    summary: '查询用户信用 Look up a user by phone or id: score, ledger, blacklist, appeals',
  })
  @ApiOkResponse({ type: CreditRecordView })
  user(@Query() ref: UserRefDto): Promise<CreditRecordView> {
    return this.records.forAdmin(ref);
  }

  @Post('credit/users/:id/false-information')
  @ApiOperation({
    summary: '记录虚假信息 Record false information (a credit event, with a note; audited)',
  })
  @ApiCreatedResponse({ type: CreditRecordView })
  falseInformation(
    @CurrentUser() admin: AuthUser,
    @Param() { id }: IdParams,
    @Body() dto: RecordFalseInformationDto,
  ): Promise<CreditRecordView> {
    return this.records.falseInformation(admin, id, dto);
  }

  @Get('blacklist')
  @ApiOperation({ summary: '失信名单 Blacklist entries, newest first (active=true: in force now)' })
  @ApiOkResponse({ schema: pageSchema(BlacklistEntryView) })
  listBlacklist(@Query() q: ListBlacklistQueryDto): Promise<Page<BlacklistEntryView>> {
    return this.blacklist.list(q);
  }

  @Post('blacklist')
  @ApiOperation({
    summary: '列入失信名单 Blacklist a user (reason, evidence, until or indefinite)',
    description:
      'From then on matching leaves the user out: no offers, no grab, no invite, no desk placement, ' +
      'until the entry is lifted or its until passes. Audited.',
  })
  @ApiCreatedResponse({ type: BlacklistEntryView })
  addBlacklist(
    @CurrentUser() admin: AuthUser,
    @Body() dto: AddBlacklistDto,
  ): Promise<BlacklistEntryView> {
    return this.blacklist.add(admin, dto);
  }

  @Post('blacklist/:id/lift')
  @ApiOperation({
    summary: '提前解除 Lift an entry early (with a reason; audited)',
    description: '409 BLACKLIST_ENTRY_CLOSED when already lifted or expired.',
  })
  @ApiCreatedResponse({ type: BlacklistEntryView })
  lift(
    @CurrentUser() admin: AuthUser,
    @Param() { id }: IdParams,
    @Body() dto: LiftBlacklistDto,
  ): Promise<BlacklistEntryView> {
    return this.blacklist.lift(admin, id, dto.reason);
  }

  @Get('appeals')
  @ApiOperation({ summary: '申诉 Appeals by status (default open), oldest first' })
  @ApiOkResponse({ schema: pageSchema(AppealView) })
  listAppeals(@Query() q: ListAppealsQueryDto): Promise<Page<AppealView>> {
    return this.appeals.list(q);
  }

  @Post('appeals/:id/decide')
  @ApiOperation({
    summary: '处理申诉 Decide an appeal: upheld (entry lifted / event voided) or dismissed',
    description: 'With a reason the user sees. 409 APPEAL_DECIDED when already decided. Audited.',
  })
  @ApiCreatedResponse({ type: AppealView })
  decideAppeal(
    @CurrentUser() admin: AuthUser,
    @Param() { id }: IdParams,
    @Body() dto: DecideAppealDto,
  ): Promise<AppealView> {
    return this.appeals.decide(admin, id, dto);
  }

  @Get('shifts')
  @ApiOperation({
    summary: '待审核岗位 Shifts held for review (status=pending_review, default), oldest first',
  })
  @ApiOkResponse({ schema: pageSchema(ShiftReviewView) })
  heldShifts(@Query() q: ListHeldShiftsQueryDto): Promise<Page<ShiftReviewView>> {
    return this.reviews.list(q);
  }

  @Post('shifts/:id/review')
  @ApiOperation({
    summary: '审核岗位 Approve (→ open, matching starts) or reject (→ cancelled, reason required)',
    description: '409 SHIFT_NOT_IN_REVIEW unless the shift is pending_review. Audited.',
  })
  @ApiCreatedResponse({ type: ShiftReviewView })
  review(
    @CurrentUser() admin: AuthUser,
    @Param() { id }: IdParams,
    @Body() dto: ReviewShiftDto,
  ): Promise<ShiftReviewView> {
    return this.reviews.decide(admin, id, dto);
  }

  @Get('audit')
  @ApiOperation({ summary: '操作记录 The audit trail of admin actions, newest first' })
  @ApiOkResponse({ schema: pageSchema(AuditEntryView) })
  auditTrail(@Query() q: AuditQueryDto): Promise<Page<AuditEntryView>> {
    return this.audit.list(q);
  }
}
