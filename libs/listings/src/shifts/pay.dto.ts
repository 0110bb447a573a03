import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { MAX_PAY_FEN, PAY_UNITS, PayUnit } from './domain/pay';

export class PayDto {
  @ApiProperty({ enum: PAY_UNITS, example: 'hour' })
  @IsIn(PAY_UNITS)
  unit!: PayUnit;

  @ApiProperty({ example: 2500, minimum: 1, maximum: MAX_PAY_FEN, description: '分 fen per unit' })
  @IsInt()
  @Min(1)
  @Max(MAX_PAY_FEN)
  amountFen!: number;
}
