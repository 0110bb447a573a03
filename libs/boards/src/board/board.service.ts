import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, Clock } from '@app/common';
import { isOpenAt, marketNotFound, toShanghaiIso } from '@app/listings';
import type { OpeningInterval } from '@app/listings';
import { maskPersonalNumbers } from '@app/common';
import { readBoardFair } from '../fair/board-fair';
import { BoardGuard } from '../privacy/board-guard';
import { assertBoardSafe } from '../privacy/board-safe';
import {
  BoardShiftRow,
  CountersRow,
  shanghaiDay,
  toBoardShift,
  toCounters,
  toTickerEntry,
  TickerRow,
} from './board-mapping';
import { SNAPSHOT_COUNTERS_SQL, SNAPSHOT_SHIFTS_SQL, SNAPSHOT_TICKER_SQL } from './board.sql';
import type { BoardFairView, BoardSnapshotView } from './board.view';

const TICKER_SIZE = 20;

interface MarketRow {
  id: string;
  name: string;
  district: string;
  address: string;
  lat: number;
  lng: number;
  opening_hours: OpeningInterval[];
}

/**
 * What hall screens show. The realtime gateway sends snapshot() when a board
 * joins (and BoardDeltasService's deltas for published events); the API serves
 * the snapshot at GET /markets/:id/board. Free text is masked; an item that still
 * looks personal is left out (BoardGuard), never failing the board.
 */
@Injectable()
export class BoardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly guard: BoardGuard,
  ) {}

  /** The whole board of a listed market; NOT_FOUND for an unknown or suspended one. */
  async snapshot(marketId: string): Promise<BoardSnapshotView> {
    // Kept, not a pipe: the realtime replay asks for a snapshot outside any HTTP route.
    if (!isUUID(marketId)) throw marketNotFound();
    const [market]: MarketRow[] = await this.db.query(
      `SELECT id, name, district, address, lat, lng, opening_hours FROM markets
       WHERE id = $1 AND status = 'listed'`,
      [marketId],
    );
    if (!market) throw marketNotFound();

    const now = this.clock.now();
    const day = shanghaiDay(now);
    const point = [market.lat, market.lng, this.radiusM(), market.id];
    const [shifts, ticker, counters, fair] = await Promise.all([
      this.db.query(SNAPSHOT_SHIFTS_SQL, [...point, now, this.config.BOARD_MAX_SHIFTS]),
      this.db.query(SNAPSHOT_TICKER_SQL, [...point, TICKER_SIZE]),
      this.db.query(SNAPSHOT_COUNTERS_SQL, [...point, day.start, day.end]),
      readBoardFair(this.db, market, now, this.baseUrl()),
    ]);
    const snapshot: BoardSnapshotView = {
      marketId: market.id,
      market: {
        name: maskPersonalNumbers(market.name),
        district: market.district,
        address: maskPersonalNumbers(market.address),
        openNow: isOpenAt(market.opening_hours, now),
        openingHours: market.opening_hours,
      },
      generatedAt: toShanghaiIso(now),
      shifts: this.guard.keep(
        market.id,
        'shift',
        (shifts as BoardShiftRow[]).map((r) => toBoardShift(r, market, this.baseUrl())),
        (s) => s.shiftId,
      ),
      ticker: this.guard.keep(
        market.id,
        'ticker',
        (ticker as TickerRow[]).map(toTickerEntry),
        (t) => t.assignmentId,
      ),
      counters: toCounters((counters as CountersRow[])[0]),
      nextFair: fair.nextFair,
      fair: fair.fair && this.keepFair(market.id, fair.fair),
    };
    // What is left is masked headers and numbers: by construction this cannot throw.
    assertBoardSafe(snapshot);
    return snapshot;
  }

  /** The fair's zones, booths and cards, without any that look personal. */
  private keepFair(marketId: string, fair: BoardFairView): BoardFairView {
    const zones = fair.zones
      .filter((z) => this.guard.safe(marketId, 'fair-zone', { ...z, employers: [] }, z.zoneId))
      .map((z) => ({
        ...z,
        employers: z.employers
          // Logged by position: a booth is free text too.
          .filter((e, i) =>
            this.guard.safe(marketId, 'fair-employer', { ...e, shifts: [] }, `${z.zoneId}#${i}`),
          )
          .map((e) => ({
            ...e,
            shifts: this.guard.keep(marketId, 'fair-shift', e.shifts, (s) => s.shiftId),
          })),
      }));
    return { ...fair, zones };
  }

  private radiusM(): number {
    return this.config.BOARD_RADIUS_KM * 1000;
  }

  private baseUrl(): string {
    return this.config.PUBLIC_BASE_URL;
  }
}
