import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthUser, CurrentUser } from '@app/accounts';
import { Idempotent } from '@app/common';
import { SharingMatchesService } from './sharing-matches.service';
import { SharingPostsService } from './sharing-posts.service';
import {
  IdParams,
  ListSharingPostsQueryDto,
  ProposeMatchDto,
  SharingPostDto,
} from './staff-sharing.dto';
import {
  SharingMatchListView,
  SharingMatchView,
  SharingPostListView,
  SharingPostView,
} from './staff-sharing.view';

const POST_RULES =
  'Needs an employer profile (409 PROFILE_REQUIRED). Dates YYYY-MM-DD, endsOn not before startsOn ' +
  'nor in the past (400 INVALID_TIME_WINDOW). The note is public: a phone or ID number in it is a 400.';

@ApiTags('staff sharing')
@Controller('staff-sharing')
export class StaffSharingController {
  constructor(
    private readonly posts: SharingPostsService,
    private readonly matches: SharingMatchesService,
  ) {}

  @Post('offers')
  @Auth('employer')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: '发布富余员工共享信息 Offer idle staff for a period',
    description: POST_RULES,
  })
  @ApiCreatedResponse({ type: SharingPostView })
  offer(@CurrentUser() user: AuthUser, @Body() dto: SharingPostDto): Promise<SharingPostView> {
    return this.posts.create(user, 'offer', dto);
  }

  @Post('requests')
  @Auth('employer')
  @Idempotent({ inTransaction: true })
  @ApiOperation({ summary: '发布缺工需求 Request hands for a period', description: POST_RULES })
  @ApiCreatedResponse({ type: SharingPostView })
  request(@CurrentUser() user: AuthUser, @Body() dto: SharingPostDto): Promise<SharingPostView> {
    return this.posts.create(user, 'request', dto);
  }

  @Get('posts')
  @ApiOperation({
    summary: '共享用工信息 Open offers and requests (public)',
    description:
      'Open, with people left and days to come, newest first. No personal data: sole traders are masked, no contacts.',
  })
  @ApiOkResponse({ type: SharingPostListView })
  list(@Query() query: ListSharingPostsQueryDto): Promise<SharingPostListView> {
    return this.posts.list(query, null);
  }

  @Get('posts/mine')
  @Auth('employer')
  @ApiOperation({ summary: '我的共享用工信息 My offers and requests, open or closed' })
  @ApiOkResponse({ type: SharingPostListView })
  mine(@CurrentUser() user: AuthUser): Promise<SharingPostListView> {
    return this.posts.mine(user);
  }

  @Get('posts/:id/candidates')
  @Auth('employer')
  @ApiOperation({
    summary: '可对接的信息 Posts that match one of mine',
    description:
      'The other kind, same trade, overlapping dates, another employer, open with people left. 404 for a post not mine.',
  })
  @ApiOkResponse({ type: SharingPostListView })
  candidates(
    @CurrentUser() user: AuthUser,
    @Param() { id }: IdParams,
  ): Promise<SharingPostListView> {
    return this.posts.candidates(user, id);
  }

  @Post('posts/:id/close')
  @Auth('employer')
  @HttpCode(200)
  @ApiOperation({ summary: '关闭信息 Close one of my posts (agreements made stand)' })
  @ApiOkResponse({ type: SharingPostView })
  close(@CurrentUser() user: AuthUser, @Param() { id }: IdParams): Promise<SharingPostView> {
    return this.posts.close(user, id);
  }

  @Post('matches')
  @Auth('employer')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: '发起对接 Propose: my post with another employer’s, for some people',
    description:
      'The proposer accepts the generated terms by proposing. 409 STAFF_SHARING_NO_MATCH (kinds, trade, ' +
      'dates or employer), STAFF_SHARING_NOT_ENOUGH (headcount above what is left), STAFF_SHARING_NOT_OPEN.',
  })
  @ApiCreatedResponse({ type: SharingMatchView })
  propose(@CurrentUser() user: AuthUser, @Body() dto: ProposeMatchDto): Promise<SharingMatchView> {
    return this.matches.propose(user, dto);
  }

  @Get('matches')
  @Auth('employer')
  @ApiOperation({ summary: '我的对接与协议 Proposals and agreements I am part of' })
  @ApiOkResponse({ type: SharingMatchListView })
  matchesMine(@CurrentUser() user: AuthUser): Promise<SharingMatchListView> {
    return this.matches.mine(user);
  }

  @Post('matches/:id/accept')
  @Auth('employer')
  @HttpCode(200)
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: '确认协议 Accept a proposal: the agreement is made',
    description:
      'Only the other side (403 for the proposer). Both posts lose the headcount at once; when either ' +
      'has too few left: 409 STAFF_SHARING_NOT_ENOUGH and nothing changes. Then each side sees the other’s contact.',
  })
  @ApiOkResponse({ type: SharingMatchView })
  accept(@CurrentUser() user: AuthUser, @Param() { id }: IdParams): Promise<SharingMatchView> {
    return this.matches.accept(user, id);
  }

  @Post('matches/:id/decline')
  @Auth('employer')
  @HttpCode(200)
  @ApiOperation({
    summary: '拒绝或撤回 Decline (the other side) or withdraw (the proposer) a proposal',
  })
  @ApiOkResponse({ type: SharingMatchView })
  decline(@CurrentUser() user: AuthUser, @Param() { id }: IdParams): Promise<SharingMatchView> {
    return this.matches.decline(user, id);
  }
}
