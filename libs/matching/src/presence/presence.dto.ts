import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, ValidateIf, ValidateNested } from 'class-validator';
import { IsServiceLocation, LocationDto } from '@app/common';

export class PresenceDto {
  @ApiProperty({ description: 'true to go (or stay) online, false to go offline at once' })
  @IsBoolean()
  online!: boolean;

  @ApiPropertyOptional({
    type: LocationDto,
    description: 'Where the worker is now; required when online. Never shown to anyone else.',
  })
  @ValidateIf((dto: PresenceDto) => dto.online === true || dto.location !== undefined)
  @IsDefined({ message: 'location is required when online' })
  @ValidateNested()
  @IsServiceLocation()
  @Type(() => LocationDto)
  location?: LocationDto;
}

export class PresenceView {
  @ApiProperty()
  online!: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '2026-12-01T09:01:30.000+08:00',
    description: 'When the worker drops out of matching unless another heartbeat arrives',
  })
  expiresAt!: string | null;
}
