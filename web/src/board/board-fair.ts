import type { BoardFair, BoardNextFair, BoardShift } from './types';

/** The fair is on the screen from its snapshot until its end by the screen's own clock. */
export function fairShowing(fair: BoardFair | null | undefined, now: number): fair is BoardFair {
  return !!fair && Date.parse(fair.endsAt) > now;
}

/**
 * When the screen should fetch its snapshot again to switch view: the running
 * fair's end, else the next fair's start; null when no switch is coming.
 */
export function nextSwitchAt(board: {
  fair?: BoardFair | null;
  nextFair?: BoardNextFair | null;
}): number | null {
  if (board.fair) return Date.parse(board.fair.endsAt);
  if (board.nextFair) return Date.parse(board.nextFair.startsAt);
  return null;
}

/**
 * How long to wait before that refetch: a moment after the boundary, and at least
 * a second, so a server whose clock is a little behind the screen's is asked
 * again shortly instead of in a tight loop.
 */
export function refetchDelay(switchAt: number, now: number): number {
  return Math.max(switchAt - now + 300, 1_000);
}

/**
 * The fair after a `board.delta` about one shift: its card takes the new seats
 * (or leaves when no seat can be taken any more) and the fair's counters follow.
 * Seats that went down were taken, so they count as today's matches. Shifts the
 * fair does not show are left alone (a newly attached one comes with the next snapshot).
 */
export function applyFairShift(
  fair: BoardFair,
  next: BoardShift | { shiftId: string; removed: true },
): BoardFair {
  let before: BoardShift | undefined;
  const zones = fair.zones.map((z) => ({
    ...z,
    employers: z.employers.map((e) => {
      if (!e.shifts.some((s) => s.shiftId === next.shiftId)) return e;
      before = e.shifts.find((s) => s.shiftId === next.shiftId);
      return {
        ...e,
        shifts:
          'removed' in next
            ? e.shifts.filter((s) => s.shiftId !== next.shiftId)
            : e.shifts.map((s) => (s.shiftId === next.shiftId ? next : s)),
      };
    }),
  }));
  if (!before) return fair;
  const after = 'removed' in next ? 0 : next.seatsLeft;
  const taken = 'removed' in next ? 0 : Math.max(0, before.seatsLeft - after);
  return {
    ...fair,
    zones,
    counters: {
      shifts: fair.counters.shifts - ('removed' in next ? 1 : 0),
      seatsLeft: Math.max(0, fair.counters.seatsLeft - before.seatsLeft + after),
      matchedToday: fair.counters.matchedToday + taken,
    },
  };
}
