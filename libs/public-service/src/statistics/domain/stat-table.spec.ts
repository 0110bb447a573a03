import { buildTable, type StatEntry, type WorkerCellRow } from './stat-table';

/** `n` workers in a cell, each with one record of 4 h and ¥120. */
function cell(district: string, tradeCode: string, n: number, prefix = `${district}${tradeCode}`) {
  return Array.from({ length: n }, (_, i): WorkerCellRow => ({
    district,
    tradeCode,
    workerId: `${prefix}-${i}`,
    records: 1,
    minutes: 240,
    payFen: 12000,
  }));
}

const find = (list: StatEntry[], d: string | null, t: string | null) =>
  list.find((e) => e.district === d && e.tradeCode === t)!;

describe('the statistics table and small-cell suppression', () => {
  it('suppresses a cell of 4 workers and publishes one of 5 when the lines stay safe', () => {
    const table = buildTable([
      ...cell('A', 'loader', 4),
      ...cell('A', 'cleaner', 3),
      ...cell('A', 'mover', 5),
      ...cell('B', 'loader', 2),
      ...cell('B', 'cleaner', 3),
      ...cell('B', 'mover', 6),
    ]);
    expect(find(table.cells, 'A', 'loader').suppressed).toBe('few_workers');
    expect(find(table.cells, 'A', 'mover').suppressed).toBeNull();
    expect(find(table.cells, 'B', 'mover').suppressed).toBeNull();
    expect(table.total.suppressed).toBeNull();
    expect(table.total.payFen).toBe(23 * 12000);
    expect(table.total.workerIds.size).toBe(23);
  });

  it('hides a second cell when the total would give a lone suppressed cell away', () => {
    const table = buildTable([
      ...cell('A', 'loader', 4),
      ...cell('A', 'mover', 6),
      ...cell('A', 'cleaner', 9),
    ]);
    expect(find(table.cells, 'A', 'loader').suppressed).toBe('few_workers');
    // The smallest published cell of the row goes too: total − cleaner no longer isolates loader.
    expect(find(table.cells, 'A', 'mover').suppressed).toBe('complementary');
    expect(find(table.cells, 'A', 'cleaner').suppressed).toBeNull();
    expect(find(table.byDistrict, 'A', null).suppressed).toBeNull();
  });

  it('hides more when the suppressed cells of a line together describe fewer than 5 workers', () => {
    const table = buildTable([
      ...cell('A', 'loader', 2),
      ...cell('A', 'mover', 2),
      ...cell('A', 'cleaner', 7),
      ...cell('A', 'cook', 8),
    ]);
    expect(find(table.cells, 'A', 'cleaner').suppressed).toBe('complementary');
    expect(find(table.cells, 'A', 'cook').suppressed).toBeNull();
  });

  it('protects margins the same way: one small district next to a published grand total', () => {
    const table = buildTable([
      ...cell('A', 'loader', 3),
      ...cell('B', 'loader', 6),
      ...cell('C', 'loader', 8),
    ]);
    expect(find(table.byDistrict, 'A', null).suppressed).toBe('few_workers');
    expect(find(table.byDistrict, 'B', null).suppressed).toBe('complementary');
    // In the loader column the same two cells are hidden, so the column is safe too.
    expect(find(table.cells, 'B', 'loader').suppressed).toBe('complementary');
    expect(find(table.byTrade, null, 'loader').suppressed).toBeNull();
  });

  it('counts a worker once in a total even when they worked in two trades', () => {
    const rows = [...cell('A', 'loader', 5, 'w'), ...cell('A', 'mover', 5, 'w')];
    const table = buildTable(rows);
    expect(find(table.byDistrict, 'A', null).workerIds.size).toBe(5);
    expect(find(table.byDistrict, 'A', null).records).toBe(10);
  });
});

describe('an empty period', () => {
  it('shows zeros rather than a suppressed total: it describes nobody', () => {
    const table = buildTable([]);
    expect(table.total.suppressed).toBeNull();
    expect(table.total.workerIds.size).toBe(0);
  });
});
