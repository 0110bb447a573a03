import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class GrabDto {
  @ApiPropertyOptional({
    example: '2026-12-v2',
    description:
      'the 抢单承诺 version the app showed and the worker accepted; needed on the first grab',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  commitmentVersion?: string;
}
