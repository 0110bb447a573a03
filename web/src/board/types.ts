import type { PayUnit } from '../shared/format';

// The board's wire shapes, apart from the rules that apply them: board-state.ts
// (the market's cards) uses board-fair.ts (the fair view), and both read these.

/** What GET /markets/:id/board and the `board.snapshot` event carry (libs/boards, board.view.ts). */
export interface BoardShift {
  shiftId: string;
  title: string;
  tradeCode: string;
  tradeNameZh: string;
  tradeNameEn: string;
  pay: { unit: PayUnit; amountFen: number };
  startsAt: string;
  endsAt: string;
  seatsLeft: number;
  headcount: number;
  distanceKm: number;
  district: string;
  employerName: string;
  instant: boolean;
  qr: { url: string };
}

export interface BoardTickerEntry {
  assignmentId: string;
  at: string;
  workerName: string;
  tradeNameZh: string;
  title: string;
}

export interface BoardCounters {
  postedToday: number;
  filledToday: number;
  onDutyNow: number;
}

export interface BoardSnapshot {
  marketId: string;
  market: {
    name: string;
    district: string;
    address: string;
    openNow: boolean;
    openingHours: { weekday: number; from: string; to: string }[];
  };
  generatedAt: string;
  shifts: BoardShift[];
  ticker: BoardTickerEntry[];
  counters: BoardCounters;
  /** The job fair running now: the screen shows its fair view meanwhile (clause 九). */
  fair?: BoardFair | null;
  /** The next fair to start: the screen fetches its snapshot again at that moment. */
  nextFair?: BoardNextFair | null;
}

export type BoardDelta =
  | {
      kind: 'shift';
      shift: BoardShift | { shiftId: string; removed: true };
      counters: BoardCounters;
    }
  | { kind: 'ticker'; entry: BoardTickerEntry; counters: BoardCounters }
  | { kind: 'counters'; counters: BoardCounters };

/** The job fair running at the market (libs/boards, board.view.ts: BoardFairView). */
export interface BoardFair {
  fairId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  zones: BoardFairZone[];
  counters: BoardFairCounters;
}

export interface BoardFairZone {
  zoneId: string;
  name: string;
  tradeCodes: string[];
  employers: BoardFairEmployer[];
}

export interface BoardFairEmployer {
  employerName: string;
  booth: string;
  shifts: BoardShift[];
}

export interface BoardFairCounters {
  shifts: number;
  seatsLeft: number;
  matchedToday: number;
}

export interface BoardNextFair {
  fairId: string;
  title: string;
  startsAt: string;
}
