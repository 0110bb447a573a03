import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { TradesService, TradeView } from './trades.service';

@ApiTags('trades')
@Controller('trades')
export class TradesController {
  constructor(private readonly trades: TradesService) {}

  @Get()
  @ApiOperation({ summary: 'The trade catalogue 工种 (public)' })
  list(): Promise<TradeView[]> {
    return this.trades.list();
  }
}
