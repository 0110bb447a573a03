import { minCostAssignment } from './min-cost-assignment';

/** Every way to give each row a distinct column or none: the reference answer. */
function bruteForce(cost: (number | null)[][]): { assigned: number; total: number } {
  const cols = Math.max(0, ...cost.map((r) => r.length));
  let best = { assigned: -1, total: Infinity };
  const walk = (r: number, usedCols: Set<number>, assigned: number, total: number) => {
    if (r === cost.length) {
      if (assigned > best.assigned || (assigned === best.assigned && total < best.total - 1e-9))
        best = { assigned, total };
      return;
    }
    walk(r + 1, usedCols, assigned, total);
    for (let c = 0; c < cols; c++) {
      const v = cost[r]![c];
      if (usedCols.has(c) || v === null || v === undefined) continue;
      usedCols.add(c);
      walk(r + 1, usedCols, assigned + 1, total + v);
      usedCols.delete(c);
    }
  };
  walk(0, new Set(), 0, 0);
  return best;
}

function check(cost: (number | null)[][]) {
  const result = minCostAssignment(cost);
  const cols = result.rowToCol.filter((c) => c >= 0);
  expect(new Set(cols).size).toBe(cols.length);
  result.rowToCol.forEach((c, r) => {
    if (c >= 0) expect(cost[r]![c]).not.toBeNull();
  });
  const total = result.rowToCol.reduce((s, c, r) => (c >= 0 ? s + cost[r]![c]! : s), 0);
  expect(total).toBeCloseTo(result.totalCost, 9);
  const reference = bruteForce(cost);
  expect(cols.length).toBe(reference.assigned);
  expect(result.totalCost).toBeCloseTo(reference.total, 9);
}

/** A small deterministic pseudo-random generator, so failures reproduce. */
function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('minCostAssignment', () => {
  it('solves a square case where greedy would be wrong', () => {
    // Greedy takes (0,0)=1 then (1,1)=10 → 11; the optimum is (0,1)+(1,0) = 2+3 = 5.
    const result = minCostAssignment([
      [1, 2],
      [3, 10],
    ]);
    expect(result).toEqual({ rowToCol: [1, 0], totalCost: 5 });
  });

  it('handles empty and one-sided matrices', () => {
    expect(minCostAssignment([])).toEqual({ rowToCol: [], totalCost: 0 });
    expect(minCostAssignment([[], []])).toEqual({ rowToCol: [-1, -1], totalCost: 0 });
  });

  it('assigns every row of a wide matrix and the best rows of a tall one', () => {
    check([[0.3, 0.1, 0.9, 0.4]]);
    check([[0.3], [0.1], [0.9]]);
    check([
      [4, 1, 3, 8, 2],
      [2, 0, 5, 3, 7],
      [3, 2, 2, 1, 4],
    ]);
  });

  it('never uses a forbidden pair and still assigns as many rows as possible', () => {
    const result = minCostAssignment([
      [0.1, null],
      [0.2, null],
    ]);
    expect(result.rowToCol.filter((c) => c >= 0)).toHaveLength(1);
    expect(result.rowToCol).toEqual([0, -1]);
    check([
      [null, 5, null],
      [1, null, null],
      [null, 9, 2],
    ]);
    // A cheap pair that would block two others is not taken.
    check([
      [0, 1],
      [null, 100],
    ]);
  });

  it('matches brute force on 300 random rectangular matrices with forbidden pairs', () => {
    const random = rng(7);
    for (let i = 0; i < 300; i++) {
      const rows = 1 + Math.floor(random() * 5);
      const cols = 1 + Math.floor(random() * 5);
      const cost = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () =>
          random() < 0.25 ? null : Math.round(random() * 1000) / 1000,
        ),
      );
      check(cost);
    }
  });
});
