import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { Idempotent } from '@app/common';
import { AssignmentView } from '../assignments/assignment.view';
import { RecommendationsView } from '../recommendations/recommendation.view';
import { PlacementsService } from './placements.service';
import { WALK_IN_CONSENT } from './walk-in-consent';
import {
  CreatePlacementDto,
  ListWalkInsQueryDto,
  MarketParams,
  RegisterWalkInDto,
  WalkInWorkerParams,
} from './walk-in.dto';
import { WalkInConsentTextView, WalkInListView, WalkInView } from './walk-in.view';
import { WalkInsService } from './walk-ins.service';

const BOUND =
  'An operator bound to the market (403 MARKET_NOT_BOUND otherwise) or an admin; unknown market 404.';

@ApiTags('operator desk')
@Controller()
export class WalkInsController {
  constructor(
    private readonly walkIns: WalkInsService,
    private readonly placements: PlacementsService,
  ) {}

  @Get('walk-in-consent')
  @Auth('operator', 'admin')
  @ApiOperation({
    summary: 'The walk-in consent text to read to the worker (current version, zh + en)',
  })
  @ApiOkResponse({ type: WalkInConsentTextView })
  consentText(): WalkInConsentTextView {
    return { ...WALK_IN_CONSENT };
  }

  @Post('markets/:id/walk-ins')
  @Auth('operator', 'admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Register a walk-in worker 现场登记 (operator desk)',
    description:
      `${BOUND} Creates (or finds) the account by phone with the worker role, writes the worker ` +
      'profile (same rules as PUT /workers/me) and records the consent: who registered whom, at which ' +
      'market, verbal or signed, and the consent text version. Without consent: 400 naming `consent`; ' +
      'an outdated textVersion: 400 naming `consent.textVersion`. The answer shows the full phone.',
  })
  @ApiCreatedResponse({ type: WalkInView })
  register(
    @Param() { id }: MarketParams,
    @CurrentUser() user: AuthUser,
    @Body() dto: RegisterWalkInDto,
  ): Promise<WalkInView> {
    return this.walkIns.register(id, user, dto);
  }

  @Get('markets/:id/walk-ins')
  @Auth('operator', 'admin')
  @ApiOperation({
    summary: "The market's walk-in workers, newest first (operator desk)",
    description:
      `${BOUND} Search by exact phone (the match shows its full number) or by q (part of the name ` +
      'or the last digits of the phone; phones masked).',
  })
  @ApiOkResponse({ type: WalkInListView })
  list(
    @Param() { id }: MarketParams,
    @CurrentUser() user: AuthUser,
    @Query() query: ListWalkInsQueryDto,
  ): Promise<WalkInListView> {
    return this.walkIns.list(id, user, query);
  }

  @Get('markets/:id/walk-ins/:workerId/shifts')
  @Auth('operator', 'admin')
  @ApiOperation({
    summary: 'Open shifts a walk-in could take now, best first (operator desk)',
    description:
      `${BOUND} The worker must have given walk-in consent here (409 NO_WALK_IN_CONSENT). Open shifts ` +
      "with seats left, not started, in one of the worker's trades, within their maxTravelKm of the " +
      "market, eligible by the matcher's rules and ranked by its score; at most 20.",
  })
  @ApiOkResponse({ type: RecommendationsView })
  shifts(
    @Param() { id, workerId }: WalkInWorkerParams,
    @CurrentUser() user: AuthUser,
  ): Promise<RecommendationsView> {
    return this.walkIns.shifts(id, user, workerId);
  }

  @Post('markets/:id/placements')
  @Auth('operator', 'admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Place a walk-in on a shift 代为接单 (operator desk)',
    description:
      `${BOUND} Only for a worker who gave walk-in consent here (409 NO_WALK_IN_CONSENT). In one ` +
      'transaction: an offer (source operator) recorded as accepted and a seat claimed as for an accept ' +
      "(409 SHIFT_FULL / SHIFT_NOT_OPEN / WORKER_BUSY), with the operator recorded. The shift's own " +
      'requirements apply (409 WORKER_NOT_ELIGIBLE: trade, certificates, credit, blacklist); the ' +
      "worker's preferences do not (they agree at the counter). 409 ALREADY_OFFERED when the worker " +
      'already has an offer for the shift. Idempotency-Key: a retry gets the same answer.',
  })
  @ApiCreatedResponse({ type: AssignmentView })
  place(
    @Param() { id }: MarketParams,
    @CurrentUser() user: AuthUser,
    @Body() dto: CreatePlacementDto,
  ): Promise<AssignmentView> {
    return this.placements.place(id, user, dto);
  }
}
