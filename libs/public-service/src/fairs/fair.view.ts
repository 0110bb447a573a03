import { ApiProperty } from '@nestjs/swagger';

const STATES = ['upcoming', 'running', 'ended', 'cancelled'];

export class FairView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) marketId!: string;
  @ApiProperty({ example: '零工专场招聘会' }) title!: string;
  @ApiProperty({ example: '2026-12-05T09:00:00.000+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-12-05T12:00:00.000+08:00' }) endsAt!: string;
  @ApiProperty({ enum: ['scheduled', 'cancelled'] }) status!: string;
  @ApiProperty({ enum: STATES, description: 'where the fair stands now (server clock)' })
  state!: string;
  @ApiProperty() zoneCount!: number;
  @ApiProperty() employerCount!: number;
  @ApiProperty() shiftCount!: number;
}

export class FairListView {
  @ApiProperty({ type: [FairView] }) items!: FairView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class FairZoneView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '家政专区' }) name!: string;
  @ApiProperty({ type: [String] }) tradeCodes!: string[];
}

export class FairEmployerView {
  @ApiProperty({ format: 'uuid' }) employerId!: string;
  @ApiProperty({ description: 'a business name, or a masked individual (张**)' })
  name!: string;
  @ApiProperty({ format: 'uuid' }) zoneId!: string;
  @ApiProperty({ example: 'A12' }) booth!: string;
}

export class FairPayView {
  @ApiProperty({ enum: ['hour', 'day', 'piece'] }) unit!: string;
  @ApiProperty() amountFen!: number;
}

export class FairShiftView {
  @ApiProperty({ format: 'uuid' }) shiftId!: string;
  @ApiProperty({ format: 'uuid' }) employerId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() tradeCode!: string;
  @ApiProperty() status!: string;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty({ type: FairPayView }) pay!: FairPayView;
  @ApiProperty() headcount!: number;
  @ApiProperty() seatsLeft!: number;
}

export class FairShiftListView {
  @ApiProperty({ type: [FairShiftView] }) items!: FairShiftView[];
}

export class FairDetailView extends FairView {
  @ApiProperty({ type: [FairZoneView] }) zones!: FairZoneView[];
  @ApiProperty({ type: [FairEmployerView], description: 'booth order' })
  employers!: FairEmployerView[];
  @ApiProperty({ type: [FairShiftView], description: 'attached shifts, earliest first' })
  shifts!: FairShiftView[];
}
