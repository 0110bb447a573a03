import { ApiProperty } from '@nestjs/swagger';

/** What a hall's screen shows: the market, its shifts, a ticker of matches and today's counters. */
export class BoardPayView {
  @ApiProperty({ enum: ['hour', 'day', 'piece'] }) unit!: 'hour' | 'day' | 'piece';
  @ApiProperty({ example: 3000 }) amountFen!: number;
}

export class BoardQrView {
  @ApiProperty({
    example: 'https://linggong.example.cn/w/shifts/6f1c…',
    description: "payload of the shift's QR code: the worker app's deep link",
  })
  url!: string;
}

export class BoardShiftView {
  @ApiProperty({ format: 'uuid' }) shiftId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() tradeCode!: string;
  @ApiProperty() tradeNameZh!: string;
  @ApiProperty() tradeNameEn!: string;
  @ApiProperty({ type: BoardPayView }) pay!: BoardPayView;
  @ApiProperty({ example: '2026-12-01T08:00:00.000+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-12-01T12:00:00.000+08:00' }) endsAt!: string;
  @ApiProperty() seatsLeft!: number;
  @ApiProperty() headcount!: number;
  @ApiProperty({ description: 'from the market to the work site' }) distanceKm!: number;
  @ApiProperty() district!: string;
  @ApiProperty({ description: 'a business name, or a masked individual (张**)' })
  employerName!: string;
  @ApiProperty({ description: '即时快招' }) instant!: boolean;
  @ApiProperty({ type: BoardQrView }) qr!: BoardQrView;
}

export class BoardTickerEntryView {
  @ApiProperty({
    format: 'uuid',
    description: 'the same match may arrive twice (pending, then confirmed): replace, do not add',
  })
  assignmentId!: string;
  @ApiProperty({ example: '2026-12-01T09:31:00.000+08:00' }) at!: string;
  @ApiProperty({ example: '张**' }) workerName!: string;
  @ApiProperty({ example: '装卸工' }) tradeNameZh!: string;
  @ApiProperty() title!: string;
}

export class BoardCountersView {
  @ApiProperty({ description: 'shifts on this board posted today (Asia/Shanghai)' })
  postedToday!: number;
  @ApiProperty({ description: 'seats taken today on shifts of this board' })
  filledToday!: number;
  @ApiProperty({ description: 'workers checked in right now' }) onDutyNow!: number;
}

export class BoardOpeningIntervalView {
  @ApiProperty({ minimum: 1, maximum: 7 }) weekday!: number;
  @ApiProperty({ example: '08:00' }) from!: string;
  @ApiProperty({ example: '17:00' }) to!: string;
}

export class BoardMarketView {
  @ApiProperty() name!: string;
  @ApiProperty() district!: string;
  @ApiProperty() address!: string;
  @ApiProperty() openNow!: boolean;
  @ApiProperty({ type: [BoardOpeningIntervalView] }) openingHours!: BoardOpeningIntervalView[];
}

export class BoardFairCountersView {
  @ApiProperty({ description: "the fair's shifts on which a seat can still be taken" })
  shifts!: number;
  @ApiProperty({ description: 'seats left on those shifts' }) seatsLeft!: number;
  @ApiProperty({ description: "seats taken today on the fair's shifts (Asia/Shanghai)" })
  matchedToday!: number;
}

export class BoardFairEmployerView {
  @ApiProperty({ description: 'a business name, or a masked individual (张**)' })
  employerName!: string;
  @ApiProperty({ example: 'A12' }) booth!: string;
  @ApiProperty({ type: [BoardShiftView], description: 'their open shifts shown at the fair' })
  shifts!: BoardShiftView[];
}

export class BoardFairZoneView {
  @ApiProperty({ format: 'uuid' }) zoneId!: string;
  @ApiProperty({ example: '家政专区' }) name!: string;
  @ApiProperty({ type: [String] }) tradeCodes!: string[];
  @ApiProperty({ type: [BoardFairEmployerView], description: 'booth order' })
  employers!: BoardFairEmployerView[];
}

/** The job fair running at the market now (clause 九): the board shows it instead of its usual view. */
export class BoardFairView {
  @ApiProperty({ format: 'uuid' }) fairId!: string;
  @ApiProperty({ example: '零工专场招聘会' }) title!: string;
  @ApiProperty({ example: '2026-12-05T09:00:00.000+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-12-05T12:00:00.000+08:00' }) endsAt!: string;
  @ApiProperty({ type: [BoardFairZoneView] }) zones!: BoardFairZoneView[];
  @ApiProperty({ type: BoardFairCountersView }) counters!: BoardFairCountersView;
}

/** The next fair of the market: the screen refetches its snapshot when it starts. */
export class BoardNextFairView {
  @ApiProperty({ format: 'uuid' }) fairId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2026-12-05T09:00:00.000+08:00' }) startsAt!: string;
}

export class BoardSnapshotView {
  @ApiProperty({ format: 'uuid' }) marketId!: string;
  @ApiProperty({ type: BoardMarketView }) market!: BoardMarketView;
  @ApiProperty({ example: '2026-12-01T09:30:00.000+08:00' }) generatedAt!: string;
  @ApiProperty({ type: [BoardShiftView], description: 'open shifts with seats, nearest first' })
  shifts!: BoardShiftView[];
  @ApiProperty({ type: [BoardTickerEntryView], description: 'latest matches, newest first' })
  ticker!: BoardTickerEntryView[];
  @ApiProperty({ type: BoardCountersView }) counters!: BoardCountersView;
  @ApiProperty({
    type: BoardFairView,
    nullable: true,
    description: 'the job fair running now, if any: the screen shows its fair view meanwhile',
  })
  fair!: BoardFairView | null;
  @ApiProperty({ type: BoardNextFairView, nullable: true, description: 'the next fair to start' })
  nextFair!: BoardNextFairView | null;
}

/** A shift that left the board (filled, cancelled, over): the screen drops its card. */
export interface BoardShiftRemoved {
  shiftId: string;
  removed: true;
}

export type BoardDelta =
  | { kind: 'shift'; shift: BoardShiftView | BoardShiftRemoved; counters: BoardCountersView }
  | { kind: 'ticker'; entry: BoardTickerEntryView; counters: BoardCountersView }
  | { kind: 'counters'; counters: BoardCountersView };

/** What deltasFor() returns: one delta per board that the event changes. */
export interface BoardDeltaFor {
  marketId: string;
  delta: BoardDelta;
}
