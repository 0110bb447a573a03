import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, Clock, LatLng } from '@app/common';
import type { PublishedEvent } from '@app/contracts';
import { isOpenAt, marketNotFound, toShanghaiIso } from '@app/listings';
import type { OpeningInterval } from '@app/listings';
import { maskPersonalNumbers } from '@app/common';
import { assertBoardSafe } from '../privacy/board-safe';
import {
  boardShiftOrRemoval,
  BoardShiftRow,
  CountersRow,
  shanghaiDay,
  toBoardShift,
  toCounters,
  toTickerEntry,
  TickerRow,
} from './board-mapping';
import {
  BOARD_SHIFT_COLUMNS,
  BOARD_SHIFT_JOINS,
  BOARDS_OF_SHIFT_SQL,
  SNAPSHOT_COUNTERS_SQL,
  SNAPSHOT_SHIFTS_SQL,
  SNAPSHOT_TICKER_SQL,
} from './board.sql';
import type { BoardDelta, BoardDeltaFor, BoardSnapshotView } from './board.view';

const TICKER_SIZE = 20;
/** Assignment statuses that put a line on the ticker, and those that only move the counters. */
const TICKER_STATUSES = new Set(['pending_confirm', 'confirmed']);
const COUNTER_STATUSES = new Set(['checked_in', 'completed']);

interface MarketRow {
  id: string;
  name: string;
  district: string;
  address: string;
  lat: number;
  lng: number;
  opening_hours: OpeningInterval[];
}

type BoardOfShiftRow = CountersRow & { id: string; lat: number; lng: number };

/**
 * What hall screens show. The realtime gateway sends snapshot() when a board
 * joins and deltasFor(event) for every published event; the API serves the
 * snapshot at GET /markets/:id/board. Every payload passes assertBoardSafe().
 */
@Injectable()
export class BoardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The whole board of a listed market; NOT_FOUND for an unknown or suspended one. */
  async snapshot(marketId: string): Promise<BoardSnapshotView> {
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
    const [shifts, ticker, counters] = await Promise.all([
      this.db.query(SNAPSHOT_SHIFTS_SQL, [...point, now, this.config.BOARD_MAX_SHIFTS]),
      this.db.query(SNAPSHOT_TICKER_SQL, [...point, TICKER_SIZE]),
      this.db.query(SNAPSHOT_COUNTERS_SQL, [...point, day.start, day.end]),
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
      shifts: (shifts as BoardShiftRow[]).map((r) => toBoardShift(r, market, this.baseUrl())),
      ticker: (ticker as TickerRow[]).map(toTickerEntry),
      counters: toCounters((counters as CountersRow[])[0]),
    };
    assertBoardSafe(snapshot);
    return snapshot;
  }

  /** The board deltas a published event causes, one per board it changes; [] for the rest. */
  async deltasFor(event: PublishedEvent): Promise<BoardDeltaFor[]> {
    let deltas: BoardDeltaFor[] = [];
    if (event.type === 'shift.updated') {
      deltas = await this.shiftDeltas((event as PublishedEvent<'shift.updated'>).data.shiftId);
    } else if (event.type === 'assignment.updated') {
      const data = (event as PublishedEvent<'assignment.updated'>).data;
      if (TICKER_STATUSES.has(data.status) || COUNTER_STATUSES.has(data.status)) {
        deltas = await this.assignmentDeltas(data.assignmentId, TICKER_STATUSES.has(data.status));
      }
    }
    for (const d of deltas) assertBoardSafe(d);
    return deltas;
  }

  private async shiftDeltas(shiftId: string): Promise<BoardDeltaFor[]> {
    const [shift]: BoardShiftRow[] = await this.db.query(
      `SELECT ${BOARD_SHIFT_COLUMNS} FROM shifts s ${BOARD_SHIFT_JOINS} WHERE s.id = $1`,
      [shiftId],
    );
    if (!shift) return [];
    const now = this.clock.now();
    return (await this.boardsOf(shift, now)).map((b) => ({
      marketId: b.id,
      delta: {
        kind: 'shift',
        shift: boardShiftOrRemoval(shift, b, this.baseUrl(), now),
        counters: toCounters(b),
      },
    }));
  }

  private async assignmentDeltas(assignmentId: string, ticker: boolean): Promise<BoardDeltaFor[]> {
    const [row]: (TickerRow & { lat: number; lng: number; market_id: string | null })[] =
      await this.db.query(
        `SELECT a.id AS assignment_id, a.created_at, wp.name AS worker_name,
                t.name_zh AS trade_name_zh, s.title, s.lat, s.lng, s.market_id
         FROM assignments a
         JOIN shifts s ON s.id = a.shift_id
         JOIN trades t ON t.code = s.trade_code
         LEFT JOIN worker_profiles wp ON wp.user_id = a.worker_id
         WHERE a.id = $1`,
        [assignmentId],
      );
    if (!row) return [];
    const entry = ticker ? toTickerEntry(row) : undefined;
    return (await this.boardsOf(row, this.clock.now())).map((b) => {
      const counters = toCounters(b);
      const delta: BoardDelta = entry
        ? { kind: 'ticker', entry, counters }
        : { kind: 'counters', counters };
      return { marketId: b.id, delta };
    });
  }

  /** Listed markets whose board shows a shift at this place, with their counters (one query). */
  private boardsOf(
    shift: LatLng & { market_id: string | null },
    now: Date,
  ): Promise<BoardOfShiftRow[]> {
    const day = shanghaiDay(now);
    return this.db.query(BOARDS_OF_SHIFT_SQL, [
      shift.lat,
      shift.lng,
      shift.market_id,
      this.radiusM(),
      day.start,
      day.end,
    ]);
  }

  private radiusM(): number {
    return this.config.BOARD_RADIUS_KM * 1000;
  }

  private baseUrl(): string {
    return this.config.PUBLIC_BASE_URL;
  }
}
