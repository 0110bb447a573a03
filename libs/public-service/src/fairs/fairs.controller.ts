import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { Idempotent } from '@app/common';
import { MarketIdParams } from '@app/listings';
import {
  AddFairEmployerDto,
  AttachShiftDto,
  CreateFairDto,
  CreateZoneDto,
  FairEmployerParams,
  FairParams,
  FairShiftParams,
  ListFairsQueryDto,
  UpdateFairDto,
} from './fair.dto';
import { FairDetailView, FairListView, FairShiftListView } from './fair.view';
import { FairReader } from './fair-reader';
import { FairSetupService } from './fair-setup.service';
import { FairsService } from './fairs.service';

const RUNS =
  "An operator bound to the fair's market (403 MARKET_NOT_BOUND otherwise) or an admin; unknown 404.";

@ApiTags('job fairs')
@Controller()
export class FairsController {
  constructor(
    private readonly fairs: FairsService,
    private readonly setup: FairSetupService,
    private readonly reader: FairReader,
  ) {}

  @Post('markets/:id/fairs')
  @Auth('operator', 'admin')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: 'Schedule a gig job fair 安排零工专场招聘会',
    description:
      `${RUNS} Times: end after start, at most 24 h, in the future, within 180 days ` +
      '(400 INVALID_TIME_WINDOW naming the field); 409 FAIR_OVERLAP when another fair of the market ' +
      'overlaps.',
  })
  @ApiCreatedResponse({ type: FairDetailView })
  schedule(
    @Param() { id }: MarketIdParams,
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateFairDto,
  ): Promise<FairDetailView> {
    return this.fairs.schedule(id, user, dto);
  }

  @Get('markets/:id/fairs')
  @ApiOperation({
    summary: "A market's job fairs 招聘会列表 (public)",
    description:
      'current (default): running and upcoming, soonest first, cancelled ones marked; past.',
  })
  @ApiOkResponse({ type: FairListView })
  list(@Param() { id }: MarketIdParams, @Query() q: ListFairsQueryDto): Promise<FairListView> {
    return this.fairs.list(id, q);
  }

  @Get('fairs/:id')
  @ApiOperation({
    summary: 'A job fair with its zones, employers at their booths and shifts (public)',
  })
  @ApiOkResponse({ type: FairDetailView })
  detail(@Param() { id }: FairParams): Promise<FairDetailView> {
    return this.reader.detail(id);
  }

  @Get('employers/me/fairs')
  @Auth('employer')
  @ApiOperation({ summary: 'Fairs not yet over where I have a booth 我参加的招聘会' })
  @ApiOkResponse({ type: FairListView })
  async mine(@CurrentUser() user: AuthUser): Promise<FairListView> {
    return { ...(await this.fairs.ofEmployer(user)), nextCursor: null };
  }

  @Patch('fairs/:id')
  @Auth('operator', 'admin')
  @ApiOperation({
    summary: 'Edit a fair before it starts 修改招聘会',
    description: `${RUNS} 409 FAIR_STARTED once it has begun; the same time rules as scheduling.`,
  })
  @ApiOkResponse({ type: FairDetailView })
  update(
    @Param() { id }: FairParams,
    @CurrentUser() user: AuthUser,
    @Body() dto: UpdateFairDto,
  ): Promise<FairDetailView> {
    return this.fairs.update(id, user, dto);
  }

  @Post('fairs/:id/cancel')
  @HttpCode(200)
  @Auth('operator', 'admin')
  @ApiOperation({
    summary: 'Cancel a fair before it starts 取消招聘会',
    description: `${RUNS} Idempotent; 409 FAIR_STARTED once it has begun.`,
  })
  @ApiOkResponse({ type: FairDetailView })
  cancel(@Param() { id }: FairParams, @CurrentUser() user: AuthUser): Promise<FairDetailView> {
    return this.fairs.cancel(id, user);
  }

  @Post('fairs/:id/zones')
  @Auth('operator', 'admin')
  @ApiOperation({
    summary: 'Add a zone 专区 (e.g. 家政专区) gathering some trades',
    description: `${RUNS} 409 FAIR_CLOSED once over; 409 CONFLICT for a name taken; 400 UNKNOWN_TRADE.`,
  })
  @ApiCreatedResponse({ type: FairDetailView })
  addZone(
    @Param() { id }: FairParams,
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateZoneDto,
  ): Promise<FairDetailView> {
    return this.setup.addZone(id, user, dto);
  }

  @Post('fairs/:id/employers')
  @Auth('operator', 'admin')
  @ApiOperation({
    summary: 'Give an employer a booth in a zone 安排用工主体参会',
    description:
      `${RUNS} The employer by phone or employerId (one of the two), with an employer profile ` +
      '(404 otherwise). Again for the same employer moves them. 409 CONFLICT for a booth taken.',
  })
  @ApiCreatedResponse({ type: FairDetailView })
  addEmployer(
    @Param() { id }: FairParams,
    @CurrentUser() user: AuthUser,
    @Body() dto: AddFairEmployerDto,
  ): Promise<FairDetailView> {
    return this.setup.addEmployer(id, user, dto);
  }

  @Delete('fairs/:id/employers/:employerId')
  @Auth('operator', 'admin')
  @ApiOperation({ summary: 'Take an employer (and the shifts they showed) off the fair' })
  @ApiOkResponse({ type: FairDetailView })
  removeEmployer(
    @Param() { id, employerId }: FairEmployerParams,
    @CurrentUser() user: AuthUser,
  ): Promise<FairDetailView> {
    return this.setup.removeEmployer(id, user, employerId);
  }

  @Post('fairs/:id/shifts')
  @Auth('operator', 'admin', 'employer')
  @ApiOperation({
    summary: 'Show a shift at the fair 岗位参会',
    description:
      "The market's operator, or the shift's own employer (403 otherwise). The employer must have a " +
      'booth (409 NOT_AT_FAIR), the shift be open or filled and not over (409 SHIFT_NOT_OPEN), the ' +
      'fair not over (409 FAIR_CLOSED). Idempotent.',
  })
  @ApiCreatedResponse({ type: FairDetailView })
  attach(
    @Param() { id }: FairParams,
    @CurrentUser() user: AuthUser,
    @Body() dto: AttachShiftDto,
  ): Promise<FairDetailView> {
    return this.setup.attachShift(id, user, dto.shiftId);
  }

  @Get('fairs/:id/candidate-shifts')
  @Auth('operator', 'admin')
  @ApiOperation({
    summary: 'Shifts the desk could show at the fair (of employers with a booth, not shown yet)',
    description: RUNS,
  })
  @ApiOkResponse({ type: FairShiftListView })
  candidates(
    @Param() { id }: FairParams,
    @CurrentUser() user: AuthUser,
  ): Promise<FairShiftListView> {
    return this.setup.candidates(id, user);
  }

  @Delete('fairs/:id/shifts/:shiftId')
  @Auth('operator', 'admin', 'employer')
  @ApiOperation({ summary: 'Stop showing a shift at the fair' })
  @ApiOkResponse({ type: FairDetailView })
  detach(
    @Param() { id, shiftId }: FairShiftParams,
    @CurrentUser() user: AuthUser,
  ): Promise<FairDetailView> {
    return this.setup.detachShift(id, user, shiftId);
  }
}
