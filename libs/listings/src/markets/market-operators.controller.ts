import { Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, PageQueryDto } from '@app/common';
import { Auth, AuthUser, CurrentUser } from '@app/accounts';
import { MarketOperatorParams } from './market.dto';
import { MarketOperatorsService } from './market-operators.service';
import { MarketOperatorView, MarketPageView, MarketView } from './market.view';
import { MarketsService } from './markets.service';

@ApiTags('markets')
@Controller()
export class MarketOperatorsController {
  constructor(
    private readonly operators: MarketOperatorsService,
    private readonly markets: MarketsService,
  ) {}

  @Put('markets/:id/operators/:userId')
  @Auth('admin')
  @ApiOperation({
    summary: 'Bind an operator to a market (admin; the user must hold the operator role)',
  })
  @ApiOkResponse({ type: MarketOperatorView })
  bind(@Param() { id, userId }: MarketOperatorParams): Promise<MarketOperatorView> {
    return this.operators.bind(id, userId);
  }

  @Delete('markets/:id/operators/:userId')
  @Auth('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Unbind an operator from a market (admin)' })
  @ApiNoContentResponse()
  async unbind(@Param() { id, userId }: MarketOperatorParams): Promise<void> {
    await this.operators.unbind(id, userId);
  }

  @Get('operators/me/markets')
  @Auth('operator')
  @ApiOperation({ summary: 'The markets I operate, suspended ones included (operator)' })
  @ApiOkResponse({ type: MarketPageView })
  mine(@CurrentUser() user: AuthUser, @Query() page: PageQueryDto): Promise<Page<MarketView>> {
    return this.markets.listOperated(user.id, page);
  }
}
