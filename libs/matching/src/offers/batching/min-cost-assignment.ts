/**
 * Minimum-cost assignment for a rectangular cost matrix (the Hungarian method in
 * its shortest-augmenting-path form, as in Jonker–Volgenant): O(n² m) for n rows
 * and m columns, n ≤ m (the matrix is transposed otherwise).
 *
 * `cost[r][c]` is the cost of assigning row r to column c; `null` (or a
 * non-finite number) marks a forbidden pair. The answer assigns as many rows as
 * possible and, among those assignments, has the least total cost. Each row and
 * each column is used at most once.
 */
export interface Assignment {
  /** For each row, its column or -1. */
  rowToCol: number[];
  totalCost: number;
}

export function minCostAssignment(cost: (number | null)[][]): Assignment {
  const rows = cost.length;
  const cols = rows === 0 ? 0 : Math.max(...cost.map((r) => r.length));
  if (rows === 0 || cols === 0) return { rowToCol: new Array<number>(rows).fill(-1), totalCost: 0 };
  if (rows > cols) {
    const transposed = Array.from({ length: cols }, (_, c) => cost.map((row) => row[c] ?? null));
    const t = minCostAssignment(transposed);
    const rowToCol = new Array<number>(rows).fill(-1);
    t.rowToCol.forEach((r, c) => {
      if (r >= 0) rowToCol[r] = c;
    });
    return { rowToCol, totalCost: t.totalCost };
  }

  // Forbidden pairs get a cost larger than any complete allowed assignment, so the
  // solver first maximises the number of allowed pairs; they are dropped afterwards.
  const allowed = (v: number | null | undefined): v is number =>
    typeof v === 'number' && Number.isFinite(v);
  let span = 1;
  for (const row of cost) for (const v of row) if (allowed(v)) span += Math.abs(v);
  const forbidden = span * (rows + 1);
  const a = (r: number, c: number) => {
    const v = cost[r]![c];
    return allowed(v) ? v : forbidden;
  };

  // Potentials u (rows) and v (columns), 1-based with a virtual column 0.
  const u = new Array<number>(rows + 1).fill(0);
  const v = new Array<number>(cols + 1).fill(0);
  const colOwner = new Array<number>(cols + 1).fill(0); // row (1-based) matched to each column
  const way = new Array<number>(cols + 1).fill(0);
  for (let r = 1; r <= rows; r++) {
    colOwner[0] = r;
    let c0 = 0;
    const minv = new Array<number>(cols + 1).fill(Infinity);
    const used = new Array<boolean>(cols + 1).fill(false);
    do {
      used[c0] = true;
      const r0 = colOwner[c0]!;
      let delta = Infinity;
      let c1 = 0;
      for (let c = 1; c <= cols; c++) {
        if (used[c]) continue;
        const reduced = a(r0 - 1, c - 1) - u[r0]! - v[c]!;
        if (reduced < minv[c]!) {
          minv[c] = reduced;
          way[c] = c0;
        }
        if (minv[c]! < delta) {
          delta = minv[c]!;
          c1 = c;
        }
      }
      for (let c = 0; c <= cols; c++) {
        if (used[c]) {
          u[colOwner[c]!] = u[colOwner[c]!]! + delta;
          v[c] = v[c]! - delta;
        } else {
          minv[c] = minv[c]! - delta;
        }
      }
      c0 = c1;
    } while (colOwner[c0] !== 0);
    // Augment along the path back to the virtual column.
    do {
      const c1 = way[c0]!;
      colOwner[c0] = colOwner[c1]!;
      c0 = c1;
    } while (c0 !== 0);
  }

  const rowToCol = new Array<number>(rows).fill(-1);
  let totalCost = 0;
  for (let c = 1; c <= cols; c++) {
    const r = colOwner[c]!;
    if (r > 0 && allowed(cost[r - 1]![c - 1])) {
      rowToCol[r - 1] = c - 1;
      totalCost += cost[r - 1]![c - 1]!;
    }
  }
  return { rowToCol, totalCost };
}
