/**
 * One period's statistics as a district × trade table with its margins (district
 * totals, trade totals, the grand total), and the small-cell suppression rule.
 *
 * Primary suppression: an entry (a cell or a margin) describing fewer than
 * MIN_WORKERS distinct workers shows no values.
 *
 * Secondary suppression, against complementary disclosure: a published total minus
 * the published entries of its line gives the sum of the line's suppressed
 * entries. So in every line whose total is published (each district row, each
 * trade column, the row of district totals and the row of trade totals), the
 * suppressed entries must be either none, or at least two that together describe
 * at least MIN_WORKERS distinct workers. Otherwise the line's smallest published
 * entry is suppressed too, and the lines are checked again until all hold.
 *
 * Every view (a filter, a chart, the CSV, a trend point) shows entries of this one
 * table, never a fresh sum, so what one view hides no other view gives away.
 */
export const MIN_WORKERS = 5;

/** One worker's confirmed work in one district and trade within the period. */
export interface WorkerCellRow {
  district: string;
  tradeCode: string;
  workerId: string;
  records: number;
  minutes: number;
  payFen: number;
}

export type SuppressionReason = 'few_workers' | 'complementary';

export interface StatEntry {
  /** null on a trade total and on the grand total */
  district: string | null;
  /** null on a district total and on the grand total */
  tradeCode: string | null;
  workerIds: Set<string>;
  records: number;
  minutes: number;
  payFen: number;
  suppressed: SuppressionReason | null;
}

export interface StatTable {
  cells: StatEntry[];
  byDistrict: StatEntry[];
  byTrade: StatEntry[];
  total: StatEntry;
}

function entry(district: string | null, tradeCode: string | null): StatEntry {
  return {
    district,
    tradeCode,
    workerIds: new Set(),
    records: 0,
    minutes: 0,
    payFen: 0,
    suppressed: null,
  };
}

function add(e: StatEntry, row: WorkerCellRow): void {
  e.workerIds.add(row.workerId);
  e.records += row.records;
  e.minutes += row.minutes;
  e.payFen += row.payFen;
}

const byKey = (a: StatEntry, b: StatEntry) =>
  `${a.district ?? ''}|${a.tradeCode ?? ''}`.localeCompare(
    `${b.district ?? ''}|${b.tradeCode ?? ''}`,
  );

/** The table of a period's rows, suppression applied. */
export function buildTable(rows: WorkerCellRow[], minWorkers = MIN_WORKERS): StatTable {
  const cells = new Map<string, StatEntry>();
  const districts = new Map<string, StatEntry>();
  const trades = new Map<string, StatEntry>();
  const total = entry(null, null);
  for (const row of rows) {
    const key = `${row.district}|${row.tradeCode}`;
    if (!cells.has(key)) cells.set(key, entry(row.district, row.tradeCode));
    if (!districts.has(row.district)) districts.set(row.district, entry(row.district, null));
    if (!trades.has(row.tradeCode)) trades.set(row.tradeCode, entry(null, row.tradeCode));
    add(cells.get(key)!, row);
    add(districts.get(row.district)!, row);
    add(trades.get(row.tradeCode)!, row);
    add(total, row);
  }
  const table: StatTable = {
    cells: [...cells.values()].sort(byKey),
    byDistrict: [...districts.values()].sort(byKey),
    byTrade: [...trades.values()].sort(byKey),
    total,
  };
  suppress(table, minWorkers);
  return table;
}

interface Line {
  members: StatEntry[];
  total: StatEntry;
}

function linesOf(t: StatTable): Line[] {
  const lines: Line[] = [
    { members: t.byDistrict, total: t.total },
    { members: t.byTrade, total: t.total },
  ];
  for (const d of t.byDistrict) {
    lines.push({ members: t.cells.filter((c) => c.district === d.district), total: d });
  }
  for (const tr of t.byTrade) {
    lines.push({ members: t.cells.filter((c) => c.tradeCode === tr.tradeCode), total: tr });
  }
  return lines;
}

function suppress(t: StatTable, minWorkers: number): void {
  for (const e of [...t.cells, ...t.byDistrict, ...t.byTrade, t.total]) {
    // An empty entry (a period with no records at all) describes nobody: its zeros are shown.
    if (e.workerIds.size > 0 && e.workerIds.size < minWorkers) e.suppressed = 'few_workers';
  }
  const lines = linesOf(t);
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.total.suppressed || lineIsSafe(line, minWorkers)) continue;
      const next = line.members
        .filter((m) => !m.suppressed)
        .sort(
          (a, b) => a.workerIds.size - b.workerIds.size || a.records - b.records || byKey(a, b),
        )[0];
      // No published member left: the total alone would reveal the hidden ones.
      (next ?? line.total).suppressed = 'complementary';
      changed = true;
    }
  }
}

function lineIsSafe(line: Line, minWorkers: number): boolean {
  const hidden = line.members.filter((m) => m.suppressed);
  if (hidden.length === 0) return true;
  if (hidden.length < 2) return false;
  const union = new Set<string>();
  for (const m of hidden) for (const w of m.workerIds) union.add(w);
  return union.size >= minWorkers;
}
