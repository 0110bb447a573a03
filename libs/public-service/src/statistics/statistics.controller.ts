import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Auth } from '@app/accounts';
import { StatisticsQueryDto, StatisticsTrendQueryDto } from './statistics.dto';
import { StatisticsTrendView, StatisticsView } from './statistics.view';
import { StatisticsService } from './statistics.service';

const RULES =
  'Only records their workers confirmed (承诺制) count. Any entry describing fewer than 5 distinct ' +
  'workers is suppressed (values null, suppressed true), and so is any entry a total would otherwise ' +
  'give such an entry away through (complementary suppression). Weeks are ISO weeks, Monday first, ' +
  'and months are calendar months, both in Asia/Shanghai.';

@ApiTags('statistics (clause 三)')
@Controller('admin/statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get()
  @Auth('admin')
  @ApiOperation({
    summary: '新就业形态统计 Workers, records, hours and income by district × trade for a period',
    description: `${RULES} Each entry has the change against the previous period (absolute and %).`,
  })
  @ApiOkResponse({ type: StatisticsView })
  overview(@Query() query: StatisticsQueryDto): Promise<StatisticsView> {
    return this.statistics.overview(query);
  }

  @Get('trend')
  @Auth('admin')
  @ApiOperation({
    summary: '趋势 The filters’ total over the last `count` periods',
    description: RULES,
  })
  @ApiOkResponse({ type: StatisticsTrendView })
  trend(@Query() query: StatisticsTrendQueryDto): Promise<StatisticsTrendView> {
    return this.statistics.trend(query);
  }

  @Get('export.csv')
  @Auth('admin')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: '导出 CSV Export the overview as CSV (UTF-8 with BOM, zh + en header, a totals row)',
    description: `${RULES} Suppressed entries read "<5" and carry no values.`,
  })
  @ApiOkResponse({ description: 'text/csv; charset=utf-8' })
  async export(
    @Query() query: StatisticsQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { fileName, body } = await this.statistics.csv(query);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="${fileName}"`);
    reply.header('cache-control', 'no-store');
    return body;
  }
}
