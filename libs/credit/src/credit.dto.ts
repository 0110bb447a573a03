import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '@app/common';

export class RecordFalseInformationDto {
  @ApiProperty({ maxLength: 200, description: 'what was false, and how it was found' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  note!: string;
}

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'only actions on this user' })
  @IsOptional()
  @IsUUID()
  userId?: string;
}
