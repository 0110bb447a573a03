import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { IdParam, Idempotent, Page, PageQueryDto } from '@app/common';
import { ShiftView } from '@app/listings';
import { AssignmentQueriesService } from './assignment-queries.service';
import { AssignmentView, ShiftAssignmentView } from './assignment.view';
import { AttendanceService } from './attendance.service';
import { GrabDto } from './grab.dto';
import { ShiftLifecycleService, shiftNotFound } from './shift-lifecycle.service';

@ApiTags('shifts')
@ApiExtraModels(ShiftAssignmentView)
@Controller('shifts')
export class ShiftLifecycleController {
  constructor(
    private readonly lifecycle: ShiftLifecycleService,
    private readonly attendance: AttendanceService,
    private readonly queries: AssignmentQueriesService,
  ) {}

  @Post(':id/grab')
  @Auth('worker')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: 'Grab a seat 抢单',
    description:
      'The first grab names the 抢单承诺 version the app showed (GET /credit/commitment-texts, ' +
      '`grab`); later grabs need none until the version changes. No or an outdated version: 409 ' +
      'GRAB_COMMITMENT_REQUIRED naming commitmentVersion. ' +
      "Needs a worker profile (409 PROFILE_REQUIRED) listing the shift's trade (409 TRADE_NOT_HELD). " +
      '409 SHIFT_FULL / SHIFT_NOT_OPEN / WORKER_BUSY.',
  })
  @ApiCreatedResponse({ type: AssignmentView })
  grab(
    @CurrentUser() user: AuthUser,
    @IdParam('id', shiftNotFound) id: string,
    @Body() dto?: GrabDto,
  ): Promise<AssignmentView> {
    return this.lifecycle.grab(user.id, id, dto?.commitmentVersion);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Auth('employer')
  @ApiOperation({
    summary: 'Cancel my shift',
    description:
      'Owner only (403 otherwise); only an open or filled shift nobody has checked in to (409 SHIFT_NOT_OPEN). ' +
      'Revokes pending offers and cancels live assignments; within LATE_CANCEL_HOURS of the start each ' +
      'cancelled assignment is a late_cancel credit event for the employer.',
  })
  @ApiOkResponse({ type: ShiftView })
  cancel(
    @CurrentUser() user: AuthUser,
    @IdParam('id', shiftNotFound) id: string,
  ): Promise<ShiftView> {
    return this.lifecycle.cancel(user.id, id);
  }

  @Get(':id/assignments')
  @Auth('employer')
  @ApiOperation({
    summary: "My shift's workers",
    description:
      'Owner only. Name and phone in full for confirmed (hired) workers, masked otherwise.',
  })
  @ApiOkResponse({
    schema: {
      type: 'object',
      properties: {
        items: { type: 'array', items: { $ref: getSchemaPath(ShiftAssignmentView) } },
        nextCursor: { type: 'string', nullable: true },
      },
    },
  })
  assignments(
    @CurrentUser() user: AuthUser,
    @IdParam('id', shiftNotFound) id: string,
    @Query() q: PageQueryDto,
  ): Promise<Page<ShiftAssignmentView>> {
    return this.queries.forShift(user.id, id, q);
  }

  @Get(':id/check-in-code')
  @Auth('employer')
  @ApiOperation({
    summary: 'The rotating check-in code 签到码',
    description:
      'Owner only. 6 digits, rotates every CHECKIN_CODE_PERIOD_SECONDS; the previous code is still accepted.',
  })
  @ApiOkResponse({
    schema: {
      type: 'object',
      properties: { code: { type: 'string' }, expiresAt: { type: 'string' } },
    },
  })
  async checkInCode(@CurrentUser() user: AuthUser, @IdParam('id', shiftNotFound) id: string) {
    const { code, expiresAt } = await this.attendance.checkInCode(user.id, id);
    return { code, expiresAt: expiresAt.toISOString() };
  }
}
