import { minCostAssignment } from './min-cost-assignment';

export interface PlanCandidate {
  workerId: string;
  /** score.total in [0, 1]; higher is better. */
  score: number;
}

export interface PlanShift {
  shiftId: string;
  /** Offers this shift's first wave should send. */
  slots: number;
  /** Eligible candidates, best first; a worker absent here cannot be offered this shift. */
  candidates: PlanCandidate[];
}

export type MatchStrategy = 'batched' | 'greedy';

/** shiftId → the workers chosen for it, best score first. */
export type Plan = Map<string, PlanCandidate[]>;

/**
 * Chooses the first-wave offers of a batch of shifts; a worker gets at most one
 * first-wave offer across the batch.
 *
 * - greedy: shifts in the order given (posting order) each take their best
 *   remaining candidates — what shift-by-shift matching does.
 * - batched: one minimum-cost assignment over (worker, seat) pairs with cost
 *   1 − score, so a worker who is nearly as good for two shifts goes where the
 *   other shift has no good alternative. It sends as many offers as possible
 *   and, among those, maximises the total score.
 */
export function planFirstWaves(shifts: PlanShift[], strategy: MatchStrategy): Plan {
  return strategy === 'greedy' ? greedy(shifts) : batched(shifts);
}

function greedy(shifts: PlanShift[]): Plan {
  const taken = new Set<string>();
  const plan: Plan = new Map();
  for (const shift of shifts) {
    const chosen = [...shift.candidates]
      .sort((a, b) => b.score - a.score)
      .filter((c) => !taken.has(c.workerId))
      .slice(0, Math.max(0, shift.slots));
    for (const c of chosen) taken.add(c.workerId);
    plan.set(shift.shiftId, chosen);
  }
  return plan;
}

function batched(shifts: PlanShift[]): Plan {
  const workers = [...new Set(shifts.flatMap((s) => s.candidates.map((c) => c.workerId)))];
  const column = new Map(workers.map((w, i) => [w, i]));
  const seats: PlanShift[] = shifts.flatMap((s) =>
    Array.from({ length: Math.max(0, s.slots) }, () => s),
  );
  const cost = seats.map((shift) => {
    const row = new Array<number | null>(workers.length).fill(null);
    for (const c of shift.candidates) row[column.get(c.workerId)!] = 1 - c.score;
    return row;
  });
  const { rowToCol } = minCostAssignment(cost);
  const plan: Plan = new Map(shifts.map((s) => [s.shiftId, []]));
  rowToCol.forEach((col, seat) => {
    if (col < 0) return;
    const shift = seats[seat]!;
    plan.get(shift.shiftId)!.push(shift.candidates.find((c) => c.workerId === workers[col])!);
  });
  for (const chosen of plan.values()) chosen.sort((a, b) => b.score - a.score);
  return plan;
}

export function totalScore(plan: Plan): number {
  let total = 0;
  for (const chosen of plan.values()) for (const c of chosen) total += c.score;
  return total;
}
