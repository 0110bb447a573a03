import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { IdParam, Idempotent, Page, PublicRead } from '@app/common';
import { EmployerShiftsQueryDto, ShiftSearchQueryDto } from './search/shift-search-query.dto';
import { CreateShiftDto } from './shift.dto';
import { ShiftView } from './shift.view';
import { shiftNotFound, ShiftsService } from './shifts.service';

/** OpenAPI schema of `{items: ShiftView[], nextCursor}`. */
export const SHIFT_PAGE_SCHEMA = {
  type: 'object',
  properties: {
    items: { type: 'array', items: { $ref: getSchemaPath(ShiftView) } },
    nextCursor: { type: 'string', nullable: true },
  },
};

@ApiTags('shifts')
@ApiExtraModels(ShiftView)
@Controller()
export class ShiftsController {
  constructor(private readonly shifts: ShiftsService) {}

  @Post('shifts')
  @Auth('employer')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: 'Post a shift 发布岗位',
    description:
      'Needs an employer profile (409 PROFILE_REQUIRED). endsAt after startsAt, at most 24 h; ' +
      'starts in the future and within 90 days; with instant (即时快招) it starts within INSTANT_WINDOW_HOURS (default 12 h) of posting. ' +
      'Errors name the field: INVALID_TIME_WINDOW (startsAt/endsAt), UNKNOWN_TRADE (tradeCode), ' +
      'UNKNOWN_CERTIFICATE (requirements.certificates[i], see GET /certificates), VALIDATION_FAILED ' +
      '`location` outside the service area or `location.district` whose area does not hold the point. ' +
      'Records the 告知承诺 (post_shift). An employer whose credit score is under CREDIT_REVIEW_BELOW ' +
      'gets status pending_review: held for staff review, not listed or matched until approved.',
  })
  @ApiCreatedResponse({ type: ShiftView })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateShiftDto): Promise<ShiftView> {
    return this.shifts.create(user.id, dto);
  }

  @Get('shifts')
  @PublicRead()
  @ApiOperation({
    summary: 'Search shifts (public)',
    description:
      'Open shifts that have not ended, by default. With near=lat,lng (radiusKm default 10, max 100) ' +
      'nearest first, each with distanceKm; otherwise soonest startsAt first. from/to keep shifts that ' +
      'overlap the window. Keyset pages: pass nextCursor back as cursor.',
  })
  @ApiOkResponse({ schema: SHIFT_PAGE_SCHEMA })
  search(@Query() q: ShiftSearchQueryDto): Promise<Page<ShiftView>> {
    return this.shifts.search(q);
  }

  @Get('shifts/:id')
  @PublicRead()
  @ApiOperation({ summary: 'One shift (public)' })
  @ApiOkResponse({ type: ShiftView })
  get(@IdParam('id', shiftNotFound) id: string): Promise<ShiftView> {
    return this.shifts.get(id);
  }

  // POST shifts/:id/cancel lives in @app/matching (shift-lifecycle): it also closes offers and seats.

  @Get('employers/me/shifts')
  @Auth('employer')
  @ApiOperation({ summary: 'My shifts, newest first, with live fill counts' })
  @ApiOkResponse({ schema: SHIFT_PAGE_SCHEMA })
  mine(
    @CurrentUser() user: AuthUser,
    @Query() q: EmployerShiftsQueryDto,
  ): Promise<Page<ShiftView>> {
    return this.shifts.listMine(user.id, q);
  }
}
