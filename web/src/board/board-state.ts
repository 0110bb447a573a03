import { applyFairShift } from './board-fair';
import type { BoardDelta, BoardShift, BoardSnapshot } from './types';

/** The server keeps the latest 20 matches; the screen keeps as many. */
export const TICKER_SIZE = 20;

/** The server's order for cards: nearest first, then earliest start, then id. */
function byBoardOrder(a: BoardShift, b: BoardShift): number {
  return (
    a.distanceKm - b.distanceKm ||
    Date.parse(a.startsAt) - Date.parse(b.startsAt) ||
    (a.shiftId < b.shiftId ? -1 : a.shiftId > b.shiftId ? 1 : 0)
  );
}

/**
 * The board after one delta. Pure: the page swaps in the returned object, so a
 * delta that arrives for an older snapshot cannot leave half-applied state.
 */
export function applyDelta(board: BoardSnapshot, delta: BoardDelta): BoardSnapshot {
  const next: BoardSnapshot = { ...board, counters: delta.counters ?? board.counters };
  if (delta.kind === 'shift') {
    const others = board.shifts.filter((s) => s.shiftId !== delta.shift.shiftId);
    next.shifts = 'removed' in delta.shift ? others : [...others, delta.shift].sort(byBoardOrder);
    if (board.fair) next.fair = applyFairShift(board.fair, delta.shift);
  } else if (delta.kind === 'ticker') {
    // The same match comes again when it is confirmed: replace it where it stands.
    const at = board.ticker.findIndex((e) => e.assignmentId === delta.entry.assignmentId);
    next.ticker =
      at >= 0
        ? board.ticker.map((e, i) => (i === at ? delta.entry : e))
        : [delta.entry, ...board.ticker].slice(0, TICKER_SIZE);
  }
  return next;
}

/** Cards whose shift has ended leave the screen even if no event says so (nobody can take them). */
export function stillOpen(shifts: BoardShift[], now: number): BoardShift[] {
  return shifts.filter((s) => Date.parse(s.endsAt) > now);
}

/** How many pages `count` rows make at `perPage` a page (at least one, for the empty state). */
export function pageCount(count: number, perPage: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, perPage)));
}
