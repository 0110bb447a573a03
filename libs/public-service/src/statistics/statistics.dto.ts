import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { QueryNumber } from '@app/common';
import { DALIAN_DISTRICTS } from '@app/listings';
import { PERIOD_KINDS, type PeriodKind } from './domain/periods';

export class StatisticsQueryDto {
  @ApiPropertyOptional({ enum: PERIOD_KINDS, default: 'month' })
  @IsOptional()
  @IsIn(PERIOD_KINDS)
  periodKind: PeriodKind = 'month';

  @ApiPropertyOptional({
    example: '2030-03',
    description:
      'a month `YYYY-MM` or an ISO week `YYYY-Www` (Monday first); default: the current one',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-(W\d{2}|\d{2})$/, { message: 'period must look like 2030-03 or 2030-W11' })
  period?: string;

  @ApiPropertyOptional({ enum: DALIAN_DISTRICTS })
  @IsOptional()
  @IsIn(DALIAN_DISTRICTS, { message: `district must be one of ${DALIAN_DISTRICTS.join(', ')}` })
  district?: string;

  @ApiPropertyOptional({ example: 'loader', description: 'a trade code from GET /trades' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  trade?: string;
}

export class StatisticsTrendQueryDto extends StatisticsQueryDto {
  @ApiPropertyOptional({
    default: 8,
    minimum: 2,
    maximum: 26,
    description: 'periods, ending with `period`',
  })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(2)
  @Max(26)
  count: number = 8;
}
