import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageQueryDto, QueryNumber } from '@app/common';
import { MAX_PAY_FEN, PAY_UNITS, PayUnit } from '../domain/pay';
import { SHIFT_STATUSES, ShiftStatus } from '../domain/shift-status';
import { ListingSearchQueryDto } from './search-query.dto';

export class ShiftSearchQueryDto extends ListingSearchQueryDto {
  @ApiPropertyOptional({
    example: 2000,
    description: 'pay_fen at least this (combine with payUnit)',
  })
  @IsOptional()
  @QueryNumber()
  @IsInt()
  @Min(0)
  @Max(MAX_PAY_FEN)
  minPayFen?: number;

  @ApiPropertyOptional({ enum: PAY_UNITS })
  @IsOptional()
  @IsIn(PAY_UNITS)
  payUnit?: PayUnit;

  @ApiPropertyOptional({
    enum: SHIFT_STATUSES,
    default: 'open',
    description: 'open (the default) shows only shifts that have not ended yet',
  })
  @IsOptional()
  @IsIn(SHIFT_STATUSES)
  status?: ShiftStatus;
}

export class EmployerShiftsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SHIFT_STATUSES, description: 'any status when missing' })
  @IsOptional()
  @IsIn(SHIFT_STATUSES)
  status?: ShiftStatus;
}
