import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { IdParam, Idempotent } from '@app/common';
import { OfferView } from '@app/matching';
import { CreateInviteDto } from './invite.dto';
import { InvitesService, shiftNotFound } from './invites.service';

@ApiTags('offers')
@Controller()
export class InvitesController {
  constructor(private readonly invites: InvitesService) {}

  @Post('shifts/:id/invites')
  @Auth('employer')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: 'Invite a worker to my shift 邀请零工',
    description:
      'The shift owner only (403; unknown shift 404). Body: exactly one of workerId and postId (the ' +
      "post's author is invited). Creates an offer (source invite) with the matcher's score breakdown, " +
      'expiring after INVITE_TTL_SECONDS (1800), and an offer.created event to the worker; they answer ' +
      'it with POST /offers/:id/accept or /decline. 409 SHIFT_NOT_OPEN / SHIFT_FULL; 409 ' +
      'WORKER_NOT_ELIGIBLE with one detail per reason (trade, certificates, availability, pay, distance, ' +
      'credit, blacklist, overlapping booking — being online is not needed); 409 ALREADY_OFFERED when ' +
      'the worker already has an offer for this shift. Idempotency-Key: a retry gets the same answer.',
  })
  @ApiCreatedResponse({ type: OfferView, description: 'the offer as the worker sees it' })
  invite(
    @CurrentUser() user: AuthUser,
    @IdParam('id', shiftNotFound) id: string,
    @Body() dto: CreateInviteDto,
  ): Promise<OfferView> {
    return this.invites.invite(user.id, id, dto);
  }
}
