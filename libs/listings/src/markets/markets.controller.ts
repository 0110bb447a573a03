import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Page, PublicRead } from '@app/common';
import { Auth, AuthUser, CurrentUser, OptionalAuth, Viewer } from '@app/accounts';
import {
  CreateMarketDto,
  ListMarketsQueryDto,
  MarketIdParams,
  UpdateMarketDto,
} from './market.dto';
import { MarketPageView, MarketView } from './market.view';
import { MarketsService } from './markets.service';

@ApiTags('markets')
@Controller('markets')
export class MarketsController {
  constructor(private readonly markets: MarketsService) {}

  @Get()
  @PublicRead()
  @OptionalAuth()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'The directory of gig markets 零工市场名录 (public)',
    description:
      'Listed markets only; an admin may pass status=suspended. With `near`, nearest first ' +
      'within radiusKm and each item has distanceKm; otherwise by name. openNow is decided ' +
      'for the moment of the request in Asia/Shanghai.',
  })
  @ApiOkResponse({ type: MarketPageView })
  list(
    @Query() query: ListMarketsQueryDto,
    @Viewer() viewer?: AuthUser,
  ): Promise<Page<MarketView>> {
    return this.markets.list(query, viewer);
  }

  @Get(':id')
  @PublicRead()
  @OptionalAuth()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'One market (public; a suspended one is 404 except to admins and its operators)',
  })
  @ApiOkResponse({ type: MarketView })
  get(@Param() { id }: MarketIdParams, @Viewer() viewer?: AuthUser): Promise<MarketView> {
    return this.markets.get(id, viewer);
  }

  @Post()
  @Auth('admin')
  @ApiOperation({ summary: 'Add a market to the directory (admin)' })
  @ApiCreatedResponse({ type: MarketView })
  create(@Body() dto: CreateMarketDto): Promise<MarketView> {
    return this.markets.create(dto);
  }

  @Patch(':id')
  @Auth('admin', 'operator')
  @ApiOperation({
    summary: 'Edit a market (admin, or an operator bound to it; status and integrity: admin only)',
  })
  @ApiOkResponse({ type: MarketView })
  update(
    @Param() { id }: MarketIdParams,
    @Body() dto: UpdateMarketDto,
    @CurrentUser() user: AuthUser,
  ): Promise<MarketView> {
    return this.markets.update(id, dto, user);
  }
}
