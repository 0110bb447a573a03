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
import { IdParam, Idempotent, Page, PublicRead } from '@app/common';
import {
  CreateWorkerPostDto,
  MyWorkerPostsQueryDto,
  WorkerPostSearchQueryDto,
} from './worker-post.dto';
import { WorkerPostView } from './worker-post.view';
import { workerPostNotFound, WorkerPostsService } from './worker-posts.service';

const PAGE_SCHEMA = {
  type: 'object',
  properties: {
    items: { type: 'array', items: { $ref: getSchemaPath(WorkerPostView) } },
    nextCursor: { type: 'string', nullable: true },
  },
};

/** 求职信息 (clause 九): workers publish what they offer, free of charge; anyone may search. */
@ApiTags('worker-posts')
@ApiExtraModels(WorkerPostView)
@Controller()
export class WorkerPostsController {
  constructor(private readonly posts: WorkerPostsService) {}

  @Post('worker-posts')
  @Auth('worker')
  @Idempotent({ inTransaction: true })
  @ApiOperation({
    summary: 'Publish a worker post 发布求职信息',
    description:
      'Needs a worker profile (409 PROFILE_REQUIRED). The area is stored rounded to about 1 km; ' +
      'the public sees a masked name (张**) and never a phone number.',
  })
  @ApiCreatedResponse({ type: WorkerPostView })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateWorkerPostDto): Promise<WorkerPostView> {
    return this.posts.create(user.id, dto);
  }

  @Get('worker-posts')
  @PublicRead()
  @ApiOperation({
    summary: 'Search worker posts (public)',
    description:
      'Open posts whose availability has not ended, by default. near=lat,lng (radiusKm default 10, ' +
      'max 100) gives nearest first with distanceKm; otherwise newest first. from/to keep posts whose ' +
      'availability overlaps the window.',
  })
  @ApiOkResponse({ schema: PAGE_SCHEMA })
  search(@Query() q: WorkerPostSearchQueryDto): Promise<Page<WorkerPostView>> {
    return this.posts.search(q);
  }

  @Get('workers/me/posts')
  @Auth('worker')
  @ApiOperation({ summary: 'My worker posts, open and closed, newest first' })
  @ApiOkResponse({ schema: PAGE_SCHEMA })
  mine(
    @CurrentUser() user: AuthUser,
    @Query() q: MyWorkerPostsQueryDto,
  ): Promise<Page<WorkerPostView>> {
    return this.posts.listMine(user.id, q);
  }

  @Get('worker-posts/:id')
  @PublicRead()
  @ApiOperation({ summary: 'One worker post (public)' })
  @ApiOkResponse({ type: WorkerPostView })
  get(@IdParam('id', workerPostNotFound) id: string): Promise<WorkerPostView> {
    return this.posts.get(id);
  }

  @Post('worker-posts/:id/close')
  @HttpCode(200)
  @Auth('worker')
  @ApiOperation({ summary: 'Close my worker post (owner only; closing twice is harmless)' })
  @ApiOkResponse({ type: WorkerPostView })
  close(
    @CurrentUser() user: AuthUser,
    @IdParam('id', workerPostNotFound) id: string,
  ): Promise<WorkerPostView> {
    return this.posts.close(user.id, id);
  }
}
