import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, Clock } from '@app/common';
import type { PublishedEvent } from '@app/contracts';
import { BoardGuard } from '../privacy/board-guard';
import {
  boardShiftOrRemoval,
  BoardShiftRow,
  CountersRow,
  shanghaiDay,
  toCounters,
  toTickerEntry,
  TickerRow,
} from './board-mapping';
import { BOARD_SHIFT_COLUMNS, BOARD_SHIFT_JOINS, BOARDS_OF_PLACES_SQL } from './board.sql';
import type { BoardDelta, BoardDeltaFor } from './board.view';

/** Assignment statuses that put a line on the ticker, and those that only move the counters. */
const TICKER_STATUSES = new Set(['pending_confirm', 'confirmed']);
const COUNTER_STATUSES = new Set(['checked_in', 'completed']);

/** A delta for one board, tagged with the event that caused it. */
export type BoardEventDelta = BoardDeltaFor & { eventId: string };

type Place = { lat: number; lng: number; market_id: string | null; shift_id: string };
type BoardRow = CountersRow & { id: string; lat: number; lng: number; places: number[] };
type MatchRow = TickerRow & Place;

/** What a batch asks for: each shift and each match once, with the last event that named it. */
interface Wanted {
  shifts: Map<string, { eventId: string; order: number }>;
  matches: Map<string, { eventId: string; order: number; ticker: boolean }>;
}

/**
 * The board deltas a batch of published events causes, in three statements
 * whatever the batch's size: its shifts, its matches, and every board that shows
 * any of them with that board's counters. A shift changed twice in a batch gives
 * one delta (its state now) tagged with the later event; boards apply deltas by
 * content, so nothing is lost. A card that looks personal goes as its removal, a
 * ticker line as counters only, and a delta still unsafe is left out (BoardGuard):
 * one bad item never costs the other boards their deltas.
 */
@Injectable()
export class BoardDeltasService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly guard: BoardGuard,
  ) {}

  async deltasFor(events: PublishedEvent[]): Promise<BoardEventDelta[]> {
    const wanted = collect(events);
    if (wanted.shifts.size === 0 && wanted.matches.size === 0) return [];
    const now = this.clock.now();
    // One transaction for the three reads: the database's cost of a batch is one commit.
    const { shifts, matches, boards } = await this.db.transaction(async (tx) => {
      const shifts = await this.shiftRows(tx, [...wanted.shifts.keys()]);
      const matches = await this.matchRows(tx, [...wanted.matches.keys()]);
      return { shifts, matches, boards: await this.boardsOf(tx, [...shifts, ...matches], now) };
    });

    const out: (BoardEventDelta & { order: number })[] = [];
    shifts.forEach((shift, i) => {
      const { eventId, order } = wanted.shifts.get(shift.id)!;
      for (const b of boards(i)) {
        let card = boardShiftOrRemoval(shift, b, this.config.PUBLIC_BASE_URL, now);
        if (!('removed' in card) && !this.guard.safe(b.id, 'shift', card, shift.id)) {
          card = { shiftId: shift.id, removed: true };
        }
        const delta: BoardDelta = { kind: 'shift', shift: card, counters: toCounters(b) };
        out.push({ marketId: b.id, delta, eventId, order });
      }
    });
    matches.forEach((match, i) => {
      const { eventId, order, ticker } = wanted.matches.get(match.assignment_id)!;
      const entry = ticker ? toTickerEntry(match) : undefined;
      for (const b of boards(shifts.length + i)) {
        const counters = toCounters(b);
        const show = entry && this.guard.safe(b.id, 'ticker', entry, match.assignment_id);
        const delta: BoardDelta = show
          ? { kind: 'ticker', entry, counters }
          : { kind: 'counters', counters };
        out.push({ marketId: b.id, delta, eventId, order });
      }
    });
    out.sort((a, b) => a.order - b.order);
    return out
      .map(({ order: _order, ...d }) => d)
      .filter((d) => this.guard.safe(d.marketId, 'delta', d.delta, d.eventId));
  }

  private shiftRows(
    tx: EntityManager,
    ids: string[],
  ): Promise<(BoardShiftRow & { shift_id: string })[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return tx.query(
      `SELECT ${BOARD_SHIFT_COLUMNS}, s.id AS shift_id
         FROM shifts s ${BOARD_SHIFT_JOINS} WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  private matchRows(tx: EntityManager, ids: string[]): Promise<MatchRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return tx.query(
      `SELECT a.id AS assignment_id, a.created_at, wp.name AS worker_name,
              t.name_zh AS trade_name_zh, s.title, s.lat, s.lng, s.market_id, s.id AS shift_id
       FROM assignments a
       JOIN shifts s ON s.id = a.shift_id
       JOIN trades t ON t.code = s.trade_code
       LEFT JOIN worker_profiles wp ON wp.user_id = a.worker_id
       WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The boards showing each place (by its index in `places`), from one query. */
  private async boardsOf(
    tx: EntityManager,
    places: Place[],
    now: Date,
  ): Promise<(index: number) => BoardRow[]> {
    if (places.length === 0) return () => [];
    const day = shanghaiDay(now);
    const rows: BoardRow[] = await tx.query(BOARDS_OF_PLACES_SQL, [
      places.map((p) => p.lat),
      places.map((p) => p.lng),
      places.map((p) => p.market_id),
      this.config.BOARD_RADIUS_KM * 1000,
      day.start,
      day.end,
      places.map((p) => p.shift_id),
      now,
    ]);
    const byPlace = new Map<number, BoardRow[]>();
    for (const row of rows) {
      for (const position of row.places) {
        const list = byPlace.get(position - 1) ?? [];
        list.push(row);
        byPlace.set(position - 1, list);
      }
    }
    return (index) => byPlace.get(index) ?? [];
  }
}

function collect(events: PublishedEvent[]): Wanted {
  const wanted: Wanted = { shifts: new Map(), matches: new Map() };
  events.forEach((event, order) => {
    if (event.type === 'shift.updated') {
      const { shiftId } = (event as PublishedEvent<'shift.updated'>).data;
      wanted.shifts.set(shiftId, { eventId: event.eventId, order });
    } else if (event.type === 'assignment.updated') {
      const { assignmentId, status } = (event as PublishedEvent<'assignment.updated'>).data;
      const ticker = TICKER_STATUSES.has(status);
      if (ticker || COUNTER_STATUSES.has(status)) {
        wanted.matches.set(assignmentId, { eventId: event.eventId, order, ticker });
      }
    }
  });
  return wanted;
}
