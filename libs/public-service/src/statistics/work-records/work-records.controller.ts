import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { Idempotent } from '@app/common';
import { WORK_RECORD_COMMITMENT } from './work-record-commitment';
import {
  ConfirmWorkRecordDto,
  ConfirmWorkRecordsDto,
  DisputeWorkRecordDto,
  ListWorkRecordsQueryDto,
  WorkRecordParams,
} from './work-record.dto';
import {
  ConfirmWorkRecordsResultView,
  WorkRecordCommitmentView,
  WorkRecordListView,
  WorkRecordView,
} from './work-record.view';
import { WorkRecordsService } from './work-records.service';

const MINE = "Only the worker's own completed assignments are records (any other id: 404).";

@ApiTags('work records (clause 三)')
@Controller()
export class WorkRecordsController {
  constructor(private readonly records: WorkRecordsService) {}

  @Get('work-record-commitment')
  @Auth('worker')
  @ApiOperation({
    summary: '工作记录承诺书 The commitment a worker agrees to when confirming records',
  })
  @ApiOkResponse({ type: WorkRecordCommitmentView })
  commitment(): WorkRecordCommitmentView {
    return { ...WORK_RECORD_COMMITMENT };
  }

  @Get('workers/me/work-records')
  @Auth('worker')
  @ApiOperation({
    summary: '我的工作记录 My work records, newest first',
    description: `${MINE} Date, hours, income, district (not the exact place), trade, employer and state.`,
  })
  @ApiOkResponse({ type: WorkRecordListView })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListWorkRecordsQueryDto,
  ): Promise<WorkRecordListView> {
    return this.records.list(user.id, query);
  }

  @Post('workers/me/work-records/confirm')
  @Auth('worker')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: '确认工作记录 Confirm records (all unconfirmed, or the listed ones)',
    description:
      `${MINE} Records the commitment text version and the time; a record already confirmed keeps its ` +
      'first confirmation. Without assignmentIds: every unconfirmed record not flagged as wrong. ' +
      'An outdated textVersion: 400 naming `textVersion`.',
  })
  @ApiCreatedResponse({ type: ConfirmWorkRecordsResultView })
  confirmAll(
    @CurrentUser() user: AuthUser,
    @Body() dto: ConfirmWorkRecordsDto,
  ): Promise<ConfirmWorkRecordsResultView> {
    return this.records.confirm(user.id, dto);
  }

  @Post('workers/me/work-records/:id/confirm')
  @Auth('worker')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: '确认一条记录 Confirm one record',
    description: `${MINE} Also confirms a record flagged as wrong earlier (the worker changed their mind).`,
  })
  @ApiCreatedResponse({ type: WorkRecordView })
  confirmOne(
    @CurrentUser() user: AuthUser,
    @Param() { id }: WorkRecordParams,
    @Body() dto: ConfirmWorkRecordDto,
  ): Promise<WorkRecordView> {
    return this.records.confirmOne(user.id, id, dto.textVersion);
  }

  @Post('workers/me/work-records/:id/dispute')
  @Auth('worker')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: '标记记录有误 Flag a record as wrong, with a note',
    description: `${MINE} A flagged record is not counted. 409 WORK_RECORD_CONFIRMED once it is confirmed.`,
  })
  @ApiCreatedResponse({ type: WorkRecordView })
  dispute(
    @CurrentUser() user: AuthUser,
    @Param() { id }: WorkRecordParams,
    @Body() dto: DisputeWorkRecordDto,
  ): Promise<WorkRecordView> {
    return this.records.dispute(user.id, id, dto);
  }
}
