import type { StatEntry, StatTable } from './stat-table';

/** The four measures as published: hours to 0.01, money in fen; all null when suppressed. */
export interface Figures {
  workers: number | null;
  records: number | null;
  hours: number | null;
  incomeFen: number | null;
  suppressed: boolean;
}

export interface Delta {
  /** current minus previous */
  abs: number;
  /** percent to 0.1; null when the previous period had none */
  pct: number | null;
}

export interface Change {
  workers: Delta;
  records: Delta;
  hours: Delta;
  incomeFen: Delta;
}

export const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export function figuresOf(e: StatEntry): Figures {
  if (e.suppressed) {
    return { workers: null, records: null, hours: null, incomeFen: null, suppressed: true };
  }
  return {
    workers: e.workerIds.size,
    records: e.records,
    hours: hoursOf(e.minutes),
    incomeFen: e.payFen,
    suppressed: false,
  };
}

const ZERO: Figures = { workers: 0, records: 0, hours: 0, incomeFen: 0, suppressed: false };

function delta(current: number, previous: number): Delta {
  return {
    abs: Math.round((current - previous) * 100) / 100,
    pct: previous === 0 ? null : Math.round(((current - previous) / previous) * 1000) / 10,
  };
}

/**
 * The change against the same entry of the previous period. Null when either side
 * is suppressed: a published change and one published side would give the other
 * away. An entry the previous period did not have counts as zero there.
 */
export function changeOf(current: Figures, previous: Figures | undefined): Change | null {
  const before = previous ?? ZERO;
  if (current.suppressed || before.suppressed) return null;
  return {
    workers: delta(current.workers!, before.workers!),
    records: delta(current.records!, before.records!),
    hours: delta(current.hours!, before.hours!),
    incomeFen: delta(current.incomeFen!, before.incomeFen!),
  };
}

/** Finds the entry with the same district and trade in another period's table. */
export function sameEntry(table: StatTable, e: StatEntry): StatEntry | undefined {
  const pool =
    e.district === null && e.tradeCode === null
      ? [table.total]
      : e.tradeCode === null
        ? table.byDistrict
        : e.district === null
          ? table.byTrade
          : table.cells;
  return pool.find((p) => p.district === e.district && p.tradeCode === e.tradeCode);
}
