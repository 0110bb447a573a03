import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { Idempotent } from '@app/common';
import { AssignmentView } from '@app/matching';
import { RecommendationsView } from '@app/matching';
import { PlacementsService } from './placements.service';
import { WALK_IN_CONSENT } from './walk-in-consent';
import {
  CreatePlacementDto,
  ListWalkInsQueryDto,
  MarketParams,
  RegisterWalkInDto,
  WalkInPhoneDto,
  WalkInWorkerParams,
} from './walk-in.dto';
import {
  WalkInCodeSentView,
  WalkInConsentTextView,
  WalkInListView,
  WalkInLookupView,
  WalkInView,
} from './walk-in.view';
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

  @Post('markets/:id/walk-ins/lookup')
  @Auth('operator', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Does this phone have an account? (operator desk, asked as the phone is typed)',
    description:
      `${BOUND} For an existing account: a masked profile only (张**, trades, district) and whether ` +
      'an ID number is on file. The phone goes in the body so it stays out of URLs and access logs.',
  })
  @ApiOkResponse({ type: WalkInLookupView })
  lookup(
    @Param() { id }: MarketParams,
    @CurrentUser() user: AuthUser,
    @Body() dto: WalkInPhoneDto,
  ): Promise<WalkInLookupView> {
    return this.walkIns.lookup(id, user, dto.phone);
  }

  @Post('markets/:id/walk-ins/verification-code')
  @Auth('operator', 'admin')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send the person at the counter an SMS code for their existing account',
    description:
      `${BOUND} Through the sign-in SMS service and its limits (429 with Retry-After). ` +
      'The person reads the code out; it goes in `verification.code` of the registration. 404 when no account has the phone.',
  })
  @ApiOkResponse({ type: WalkInCodeSentView })
  sendCode(
    @Param() { id }: MarketParams,
    @CurrentUser() user: AuthUser,
    @Body() dto: WalkInPhoneDto,
  ): Promise<WalkInCodeSentView> {
    return this.walkIns.sendCode(id, user, dto.phone);
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
      'an outdated textVersion: 400 naming `consent.textVersion`. The answer shows the full phone. ' +
      'An existing account needs `verification` (the SMS code, or the ID number on file): without it ' +
      "403 WALK_IN_NOT_VERIFIED, a wrong code 401 INVALID_CODE, and nothing changes. The person's own " +
      'profile fields are kept; only empty ones are filled, listed in `filledFields` and recorded.',
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
  @Idempotent({ inTransaction: true })
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
