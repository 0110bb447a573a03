import type { StatEntry, StatTable } from './stat-table';

export interface SliceFilter {
  district?: string;
  tradeCode?: string;
}

/** What one filtered view shows: every part an entry of the full, suppressed table. */
export interface Slice {
  /** district × trade cells within the filter */
  cells: StatEntry[];
  /** one entry per district: district totals, or the trade's cells when a trade is chosen */
  byDistrict: StatEntry[];
  /** one entry per trade: trade totals, or the district's cells when a district is chosen */
  byTrade: StatEntry[];
  /** the filter's total: the grand total, a district or trade total, or one cell */
  total: StatEntry;
}

const empty = (district: string | null, tradeCode: string | null): StatEntry => ({
  district,
  tradeCode,
  workerIds: new Set(),
  records: 0,
  minutes: 0,
  payFen: 0,
  suppressed: null,
});

export function sliceOf(table: StatTable, f: SliceFilter): Slice {
  const d = f.district;
  const tr = f.tradeCode;
  const cells = table.cells.filter(
    (c) => (d === undefined || c.district === d) && (tr === undefined || c.tradeCode === tr),
  );
  const byDistrict =
    tr === undefined ? table.byDistrict.filter((e) => d === undefined || e.district === d) : cells;
  const byTrade =
    d === undefined ? table.byTrade.filter((e) => tr === undefined || e.tradeCode === tr) : cells;
  let total: StatEntry | undefined;
  if (d === undefined && tr === undefined) total = table.total;
  else if (tr === undefined) total = table.byDistrict.find((e) => e.district === d);
  else if (d === undefined) total = table.byTrade.find((e) => e.tradeCode === tr);
  else total = cells[0];
  return { cells, byDistrict, byTrade, total: total ?? empty(d ?? null, tr ?? null) };
}
