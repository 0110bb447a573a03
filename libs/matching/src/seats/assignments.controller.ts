import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { IdParam, Idempotent, Page, PageQueryDto } from '@app/common';
import { assignmentNotFound } from './assignment-lock';
import { AssignmentQueriesService } from './assignment-queries.service';
import { CheckInDto, CheckOutDto, CheckOutPreviewQueryDto, RateDto } from './assignment.dto';
import { AssignmentView, CheckOutPreviewView } from './assignment.view';
import { AssignmentsService } from './assignments.service';
import { AttendanceService } from './attendance.service';

const ILLEGAL = 'An illegal move is 409 ILLEGAL_TRANSITION and changes nothing.';

@ApiTags('assignments')
@ApiExtraModels(AssignmentView)
@Controller()
export class AssignmentsController {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly attendance: AttendanceService,
    private readonly queries: AssignmentQueriesService,
  ) {}

  @Post('assignments/:id/confirm')
  @HttpCode(200)
  @Auth('employer')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: 'Confirm a worker 确认录用',
    description: `The shift's owner; pending_confirm only. ${ILLEGAL}`,
  })
  @ApiOkResponse({ type: AssignmentView })
  confirm(
    @CurrentUser() user: AuthUser,
    @IdParam('id', assignmentNotFound) id: string,
  ): Promise<AssignmentView> {
    return this.assignments.confirm(user.id, id);
  }

  @Post('assignments/:id/reject')
  @HttpCode(200)
  @Auth('employer')
  @ApiOperation({
    summary: 'Reject a worker',
    description: `Frees the seat (a filled shift reopens). ${ILLEGAL}`,
  })
  @ApiOkResponse({ type: AssignmentView })
  reject(
    @CurrentUser() user: AuthUser,
    @IdParam('id', assignmentNotFound) id: string,
  ): Promise<AssignmentView> {
    return this.assignments.reject(user.id, id);
  }

  @Post('assignments/:id/no-show')
  @HttpCode(200)
  @Auth('employer')
  @ApiOperation({
    summary: 'Mark a no-show 未到岗',
    description: `Confirmed, after the start; a credit event for the worker. ${ILLEGAL}`,
  })
  @ApiOkResponse({ type: AssignmentView })
  noShow(
    @CurrentUser() user: AuthUser,
    @IdParam('id', assignmentNotFound) id: string,
  ): Promise<AssignmentView> {
    return this.assignments.noShow(user.id, id);
  }

  @Post('assignments/:id/check-in')
  @HttpCode(200)
  @Auth('worker')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: 'Check in on site 签到',
    description:
      'Either {code} (the rotating code the employer shows; 409 CHECK_IN_CODE_INVALID) or {location} ' +
      "(within CHECKIN_RADIUS_M of the site; 409 NOT_ON_SITE). On the shift's day, from CHECKIN_EARLY_MINUTES " +
      `before the start (409 CHECK_IN_TOO_EARLY). ${ILLEGAL}`,
  })
  @ApiOkResponse({ type: AssignmentView })
  checkIn(
    @CurrentUser() user: AuthUser,
    @IdParam('id', assignmentNotFound) id: string,
    @Body() dto: CheckInDto,
  ): Promise<AssignmentView> {
    return this.attendance.checkIn(user.id, id, dto);
  }

  @Get('assignments/:id/check-out-preview')
  @Auth()
  @ApiOperation({
    summary: 'What a check-out now records 签退预览',
    description:
      "Worker or employer, checked_in only, from the shift's start (409 CHECK_OUT_TOO_EARLY). " +
      'The check-out instant, minutes, hours and pay to show and confirm; piece pay needs ?pieces=.',
  })
  @ApiOkResponse({ type: CheckOutPreviewView })
  checkOutPreview(
    @CurrentUser() user: AuthUser,
    @IdParam('id', assignmentNotFound) id: string,
    @Query() q: CheckOutPreviewQueryDto,
  ): Promise<CheckOutPreviewView> {
    return this.attendance.checkOutPreview(user.id, id, q.pieces);
  }

  @Post('assignments/:id/check-out')
  @HttpCode(200)
  @Auth()
  @ApiOperation({
    summary: 'Check out 完工签退',
    description:
      "Worker or employer, from the shift's start (409 CHECK_OUT_TOO_EARLY, nothing changes). " +
      'Send back checkOutAt, hours and payFen of the preview that was shown: they are recorded as ' +
      'confirmed by the caller; 409 CHECK_OUT_FIGURES_CHANGED when they are not what the rules ' +
      'give or the preview is over 10 minutes old. Piece pay needs pieces. Work of 0 minutes ' +
      `earns no completed credit and is no work record. ${ILLEGAL}`,
  })
  @ApiOkResponse({ type: AssignmentView })
  checkOut(
    @CurrentUser() user: AuthUser,
    @IdParam('id', assignmentNotFound) id: string,
    @Body() dto: CheckOutDto,
  ): Promise<AssignmentView> {
    return this.attendance.checkOut(user.id, id, dto);
  }

  @Post('assignments/:id/rate')
  @HttpCode(200)
  @Auth()
  @ApiOperation({
    summary: 'Rate the other side 评价',
    description: 'Once per side (409 ALREADY_RATED), after completion.',
  })
  rate(
    @CurrentUser() user: AuthUser,
    @IdParam('id', assignmentNotFound) id: string,
    @Body() dto: RateDto,
  ) {
    return this.attendance.rate(user.id, id, dto);
  }

  @Post('assignments/:id/cancel')
  @HttpCode(200)
  @Auth()
  @ApiOperation({
    summary: 'Cancel an assignment',
    description:
      'Worker or employer; frees the seat. Within LATE_CANCEL_HOURS of the start it is late: a credit event for the side that cancelled.',
  })
  @ApiOkResponse({ type: AssignmentView })
  cancel(
    @CurrentUser() user: AuthUser,
    @IdParam('id', assignmentNotFound) id: string,
  ): Promise<AssignmentView> {
    return this.assignments.cancel(user.id, id);
  }

  @Get('workers/me/assignments')
  @Auth('worker')
  @ApiOperation({ summary: 'My assignments, newest first' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      properties: {
        items: { type: 'array', items: { $ref: getSchemaPath(AssignmentView) } },
        nextCursor: { type: 'string', nullable: true },
      },
    },
  })
  mine(@CurrentUser() user: AuthUser, @Query() q: PageQueryDto): Promise<Page<AssignmentView>> {
    return this.queries.forWorker(user.id, q);
  }
}
