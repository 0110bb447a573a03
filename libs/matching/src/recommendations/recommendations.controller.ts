import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { IdParam } from '@app/common';
import { RecommendationsView } from './recommendation.view';
import { RecommendationsService, workerPostNotFound } from './recommendations.service';

@ApiTags('worker-posts')
@Controller()
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Get('worker-posts/:id/recommendations')
  @Auth('worker')
  @ApiOperation({
    summary: 'Shifts recommended for my worker post 推荐岗位',
    description:
      "The post's author only (403; unknown post 404). Open shifts with seats left in one of the post's " +
      "trades, the whole shift inside [availableFrom, availableTo], within the profile's maxTravelKm of " +
      "the post's area, that the worker is eligible for by the matcher's rules (certificates, weekly " +
      "availability, minimum pay — the profile's and the post's —, credit, not blacklisted, no overlapping " +
      "booking), ranked by the matcher's score with its breakdown. At most 20 items, best first; no " +
      'pagination (no nextCursor). Computed on every request. A closed post gets an empty list.',
  })
  @ApiOkResponse({ type: RecommendationsView })
  forPost(
    @CurrentUser() user: AuthUser,
    @IdParam('id', workerPostNotFound) id: string,
  ): Promise<RecommendationsView> {
    return this.recommendations.forPost(user.id, id);
  }
}
