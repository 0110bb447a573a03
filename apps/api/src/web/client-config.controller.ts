import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  APP_CONFIG,
  type AppConfig,
  type BBox,
  DALIAN_DISTRICT_BOXES,
  serviceArea,
} from '@app/common';
import { DALIAN_DISTRICT_INFO, DALIAN_DISTRICTS } from '@app/listings';

/** Heartbeats go a little more often than the presence TTL allows to be missed. */
const HEARTBEAT_SHARE_OF_TTL = 3;

class DistrictDto {
  @ApiProperty({ example: '中山区' }) name!: string;
  @ApiProperty({ example: 'Zhongshan' }) nameEn!: string;
  @ApiProperty({ example: { lat: 38.918, lng: 121.644 } }) centre!: { lat: number; lng: number };
  @ApiProperty({
    example: { south: 38.84, west: 121.59, north: 38.96, east: 121.76 },
    description: 'a generous box round the district; a location naming it must lie inside',
  })
  box!: BBox;
}

export class ClientConfigDto {
  @ApiProperty({ nullable: true, type: String, description: 'null: the page host on realtimePort' })
  realtimeUrl!: string | null;
  @ApiProperty() realtimePort!: number;
  @ApiProperty() publicBaseUrl!: string;
  @ApiProperty() heartbeatSeconds!: number;
  @ApiProperty({ description: 'cancelling closer than this to the start is late (costs credit)' })
  lateCancelHours!: number;
  @ApiProperty({ type: [DistrictDto] }) districts!: DistrictDto[];
  @ApiProperty({
    example: { south: 38.6, west: 120.8, north: 40.3, east: 123.7 },
    description: 'SERVICE_AREA: every location must lie inside',
  })
  serviceArea!: BBox;
}

/** What the web app needs to know about this deployment before it can talk to it. */
@ApiTags('web')
@Controller('client-config')
export class ClientConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiOperation({ summary: 'Deployment settings for the web app 客户端配置' })
  @ApiOkResponse({ type: ClientConfigDto })
  get(): ClientConfigDto {
    return {
      realtimeUrl: this.config.REALTIME_PUBLIC_URL || null,
      realtimePort: this.config.REALTIME_PORT,
      publicBaseUrl: this.config.PUBLIC_BASE_URL,
      heartbeatSeconds: Math.max(
        5,
        Math.floor(this.config.PRESENCE_TTL_SECONDS / HEARTBEAT_SHARE_OF_TTL),
      ),
      lateCancelHours: this.config.LATE_CANCEL_HOURS,
      districts: DALIAN_DISTRICTS.map((name) => ({
        name,
        ...DALIAN_DISTRICT_INFO[name],
        box: DALIAN_DISTRICT_BOXES[name]!,
      })),
      serviceArea: serviceArea(),
    };
  }
}
