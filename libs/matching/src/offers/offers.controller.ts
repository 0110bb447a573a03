import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
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
import { AssignmentView } from '../seats/assignment.view';
import { OfferDetailView, OfferView } from './offer.view';
import { offerNotFound, OffersService } from './offers.service';

@ApiTags('offers')
@ApiExtraModels(OfferView)
@Controller()
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Post('offers/:id/accept')
  @Auth('worker')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: 'Accept an offer 接受邀约 (claims a seat)',
    description:
      'The offer holder only (403). 409 OFFER_EXPIRED (past expiresAt: the offer becomes expired), ' +
      'SHIFT_FULL / SHIFT_NOT_OPEN (the offer is revoked), WORKER_BUSY (overlapping booking; the offer stays pending). ' +
      'The assignment is pending_confirm, or confirmed at once when the shift auto-confirms.',
  })
  @ApiCreatedResponse({ type: AssignmentView })
  accept(
    @CurrentUser() user: AuthUser,
    @IdParam('id', offerNotFound) id: string,
  ): Promise<AssignmentView> {
    return this.offers.accept(user.id, id);
  }

  @Post('offers/:id/decline')
  @HttpCode(200)
  @Auth('worker')
  @ApiOperation({
    summary: 'Decline an offer 拒绝邀约',
    description: 'Only a pending offer (409 otherwise).',
  })
  @ApiOkResponse({ type: OfferView })
  decline(
    @CurrentUser() user: AuthUser,
    @IdParam('id', offerNotFound) id: string,
  ): Promise<OfferView> {
    return this.offers.decline(user.id, id);
  }

  @Get('offers/:id')
  @Auth()
  @ApiOperation({
    summary: 'One offer and why it was made 邀约详情',
    description:
      'For the offered worker, the owner of the shift and admins (403 for anyone else, 404 unknown): ' +
      'status, timestamps, source (wave, batch, invite), wave, distanceKm and the score {total, parts}.',
  })
  @ApiOkResponse({ type: OfferDetailView })
  detail(
    @CurrentUser() user: AuthUser,
    @IdParam('id', offerNotFound) id: string,
  ): Promise<OfferDetailView> {
    return this.offers.detail(user, id);
  }

  @Get('workers/me/offers')
  @Auth('worker')
  @ApiOperation({ summary: 'My pending offers, with expiresAt, the shift and the score' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      properties: {
        items: { type: 'array', items: { $ref: getSchemaPath(OfferView) } },
        nextCursor: { type: 'string', nullable: true },
      },
    },
  })
  mine(@CurrentUser() user: AuthUser, @Query() q: PageQueryDto): Promise<Page<OfferView>> {
    return this.offers.pendingFor(user.id, q);
  }
}
