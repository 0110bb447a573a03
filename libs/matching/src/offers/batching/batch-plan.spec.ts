import { planFirstWaves, PlanShift, totalScore } from './batch-plan';

const ids = (plan: Map<string, { workerId: string }[]>, shiftId: string) =>
  plan.get(shiftId)!.map((c) => c.workerId);

describe('planFirstWaves', () => {
  // w1 is the best for both shifts; w2 is almost as good for A but useless for B.
  const shifts: PlanShift[] = [
    {
      shiftId: 'A',
      slots: 1,
      candidates: [
        { workerId: 'w1', score: 0.9 },
        { workerId: 'w2', score: 0.8 },
      ],
    },
    {
      shiftId: 'B',
      slots: 1,
      candidates: [
        { workerId: 'w1', score: 0.85 },
        { workerId: 'w3', score: 0.2 },
      ],
    },
  ];

  it('greedy gives the first shift its best worker and leaves the second a poor one', () => {
    const plan = planFirstWaves(shifts, 'greedy');
    expect(ids(plan, 'A')).toEqual(['w1']);
    expect(ids(plan, 'B')).toEqual(['w3']);
    expect(totalScore(plan)).toBeCloseTo(1.1);
  });

  it('batched assignment beats greedy in total score on the same shifts', () => {
    const plan = planFirstWaves(shifts, 'batched');
    expect(ids(plan, 'A')).toEqual(['w2']);
    expect(ids(plan, 'B')).toEqual(['w1']);
    expect(totalScore(plan)).toBeCloseTo(1.65);
    expect(totalScore(plan)).toBeGreaterThan(totalScore(planFirstWaves(shifts, 'greedy')));
  });

  it('never offers one worker two first-wave shifts, nor a shift it is not a candidate for', () => {
    const many: PlanShift[] = [
      { shiftId: 'A', slots: 2, candidates: [{ workerId: 'w1', score: 0.9 }] },
      {
        shiftId: 'B',
        slots: 3,
        candidates: [
          { workerId: 'w1', score: 0.95 },
          { workerId: 'w2', score: 0.5 },
        ],
      },
    ];
    for (const strategy of ['batched', 'greedy'] as const) {
      const plan = planFirstWaves(many, strategy);
      const all = [...plan.values()].flat().map((c) => c.workerId);
      expect(new Set(all).size).toBe(all.length);
      expect(ids(plan, 'A').every((w) => w === 'w1')).toBe(true);
    }
    // Batched sends as many offers as possible (both workers) with the best total:
    // w1 and w2 to B (0.95 + 0.5) beats w1 to A and w2 to B (0.9 + 0.5).
    const plan = planFirstWaves(many, 'batched');
    expect(ids(plan, 'A')).toEqual([]);
    expect(ids(plan, 'B')).toEqual(['w1', 'w2']);
    expect(totalScore(plan)).toBeCloseTo(1.45);
  });

  it('returns each shift its chosen workers best first', () => {
    const plan = planFirstWaves(
      [
        {
          shiftId: 'A',
          slots: 3,
          candidates: [
            { workerId: 'w1', score: 0.3 },
            { workerId: 'w2', score: 0.9 },
            { workerId: 'w3', score: 0.6 },
          ],
        },
      ],
      'batched',
    );
    expect(ids(plan, 'A')).toEqual(['w2', 'w3', 'w1']);
  });
});
