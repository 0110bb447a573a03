import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PERIOD_KINDS } from './domain/periods';

export class DeltaView {
  @ApiProperty({ description: 'current minus previous' }) abs!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'percent to 0.1; null when previous was 0',
  })
  pct!: number | null;
}

export class ChangeView {
  @ApiProperty({ type: DeltaView }) workers!: DeltaView;
  @ApiProperty({ type: DeltaView }) records!: DeltaView;
  @ApiProperty({ type: DeltaView }) hours!: DeltaView;
  @ApiProperty({ type: DeltaView }) incomeFen!: DeltaView;
}

/** A cell, a district or trade total, or the grand total. Suppressed: every value null. */
export class StatisticsEntryView {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'null on trade totals and the grand total',
  })
  district!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'null on district totals and the grand total',
  })
  tradeCode!: string | null;
  @ApiPropertyOptional() tradeNameZh?: string;
  @ApiPropertyOptional() tradeNameEn?: string;
  @ApiProperty({ type: Number, nullable: true, description: 'distinct workers' })
  workers!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'confirmed work records' })
  records!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'hours, to 0.01' })
  hours!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'income in fen' })
  incomeFen!: number | null;
  @ApiProperty({
    description: 'fewer than 5 workers here, or hidden so that a total cannot reveal such a cell',
  })
  suppressed!: boolean;
  @ApiProperty({
    type: ChangeView,
    nullable: true,
    description: 'against the previous period; null when either period is suppressed',
  })
  change!: ChangeView | null;
}

export class StatisticsView {
  @ApiProperty({ enum: PERIOD_KINDS }) periodKind!: string;
  @ApiProperty({ example: '2030-03' }) period!: string;
  @ApiProperty({ example: '2030-03-01', description: 'first day (Asia/Shanghai)' }) from!: string;
  @ApiProperty({ example: '2030-03-31', description: 'last day (Asia/Shanghai)' }) until!: string;
  @ApiProperty({ example: '2030-02' }) previousPeriod!: string;
  @ApiProperty({ example: 5, description: 'entries describing fewer workers are suppressed' })
  minWorkers!: number;
  @ApiProperty({
    type: [StatisticsEntryView],
    description:
      'district × trade cells within the filters (bounded by districts × trades: not paged)',
  })
  items!: StatisticsEntryView[];
  @ApiProperty({
    type: [StatisticsEntryView],
    description: 'per district (the trade’s cells when a trade is chosen)',
  })
  byDistrict!: StatisticsEntryView[];
  @ApiProperty({
    type: [StatisticsEntryView],
    description: 'per trade (the district’s cells when a district is chosen)',
  })
  byTrade!: StatisticsEntryView[];
  @ApiProperty({ type: StatisticsEntryView, description: 'the total of the filters' })
  total!: StatisticsEntryView;
}

export class TrendPointView extends StatisticsEntryView {
  @ApiProperty({ example: '2030-W11' }) period!: string;
  @ApiProperty() from!: string;
  @ApiProperty() until!: string;
}

export class StatisticsTrendView {
  @ApiProperty({ enum: PERIOD_KINDS }) periodKind!: string;
  @ApiProperty() minWorkers!: number;
  @ApiProperty({ type: [TrendPointView], description: 'oldest first' }) items!: TrendPointView[];
}
