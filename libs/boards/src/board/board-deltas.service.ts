import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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
import { BOARD_DELTA_SOURCES_SQL } from './board.sql';
import type { BoardDelta, BoardDeltaFor } from './board.view';

/** Assignment statuses that put a line on the ticker, and those that only move the counters. */
const TICKER_STATUSES = new Set(['pending_confirm', 'confirmed']);
const COUNTER_STATUSES = new Set(['checked_in', 'completed']);

/** A delta for one board, tagged with the event that caused it. */
export type BoardEventDelta = BoardDeltaFor & { eventId: string };

type Place = { lat: number; lng: number; market_id: string | null; shift_id: string };
type BoardRow = CountersRow & { id: string; lat: number; lng: number; places: number[] };
type ShiftRow = BoardShiftRow & { shift_id: string };
type MatchRow = TickerRow & Place;

/** What BOARD_DELTA_SOURCES_SQL found for a batch, its timestamps as Dates again. */
interface Sources {
  shifts: ShiftRow[];
  matches: MatchRow[];
  boards: (index: number) => BoardRow[];
}

/** What a batch asks for: each shift and each match once, with the last event that named it. */
interface Wanted {
  shifts: Map<string, { eventId: string; order: number }>;
  matches: Map<string, { eventId: string; order: number; ticker: boolean }>;
}

/**
 * The board deltas a batch of published events causes, from one statement whatever
 * the batch's size (one round trip, no transaction of its own): its shifts, its
 * matches, and every board that shows any of them with that board's counters. A
 * shift changed twice in a batch gives one delta (its state now) tagged with the later
 * event; boards apply deltas by content, so nothing is lost. A card that looks personal goes as its removal, a
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
    const { shifts, matches, boards } = await this.sources(wanted, now);

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

  private async sources(wanted: Wanted, now: Date): Promise<Sources> {
    const day = shanghaiDay(now);
    const rows: { kind: 'shift' | 'match' | 'board'; row: Record<string, unknown> }[] =
      await this.db.query(BOARD_DELTA_SOURCES_SQL, [
        [...wanted.shifts.keys()],
        [...wanted.matches.keys()],
        this.config.BOARD_RADIUS_KM * 1000,
        day.start,
        day.end,
        now,
      ]);
    const shifts: ShiftRow[] = [];
    const matches: MatchRow[] = [];
    const byPlace = new Map<number, BoardRow[]>();
    const boardRows = rows
      .filter((r) => r.kind === 'board')
      .map((r) => r.row as unknown as BoardRow)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const { kind, row } of rows) {
      if (kind === 'shift') {
        shifts.push({
          ...(row as unknown as ShiftRow),
          starts_at: new Date(row.starts_at as string),
          ends_at: new Date(row.ends_at as string),
        });
      } else if (kind === 'match') {
        matches.push({
          ...(row as unknown as MatchRow),
          created_at: new Date(row.created_at as string),
        });
      }
    }
    for (const board of boardRows) {
      for (const position of board.places) {
        const list = byPlace.get(position - 1) ?? [];
        list.push(board);
        byPlace.set(position - 1, list);
      }
    }
    return { shifts, matches, boards: (index) => byPlace.get(index) ?? [] };
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
