/**
 * One line of the final table. `floor` is the bare component the figure stands on,
 * measured in the same run; `ratio` = value / floor (for rates: floor / value is not
 * used, a rate's ratio is value / floor too, so < 1 means slower than the floor).
 */
export interface Row {
  part: string;
  metric: string;
  value: number | string;
  unit: string;
  floor?: { metric: string; value: number };
  target?: string;
  /** Whether the target was met; undefined when there is no target. */
  met?: boolean;
  note?: string;
}

export interface PartResult {
  part: string;
  rows: Row[];
  /** Everything measured, for bench/results/*.json. */
  raw: unknown;
}

export function ratio(row: Row): string {
  if (!row.floor || typeof row.value !== 'number' || row.floor.value === 0) return '';
  return `${Number((row.value / row.floor.value).toPrecision(2))}×`;
}

/** The table printed at the end of a run (and pasted into docs/performance.md). */
export function markdownTable(rows: Row[]): string {
  const lines = [
    '| part | metric | value | floor | ratio | target | met |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const value = `${r.value} ${r.unit}`.trim();
    const floor = r.floor ? `${r.floor.metric}: ${r.floor.value}` : '';
    const met = r.met === undefined ? '' : r.met ? 'yes' : '**no**';
    lines.push(
      `| ${r.part} | ${r.metric}${r.note ? ` (${r.note})` : ''} | ${value} | ${floor} | ${ratio(r)} | ${r.target ?? ''} | ${met} |`,
    );
  }
  return lines.join('\n');
}
