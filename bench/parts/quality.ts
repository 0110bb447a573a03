/**
 * Part 5, matching quality: a seeded synthetic morning rush in Dalian run through
 * the product's own matching rules (eligibility, score, the batch planner and its
 * Hungarian solver, wave sizing and radius growth) in a discrete-event simulation
 * (bench/lib/sim). The three strategies run on the SAME world per seed, and the
 * workers answer the same offer the same way under each (common random numbers),
 * so the differences come from the strategy alone. No database is involved.
 */
import type { Part } from '../lib/part';
import type { Row } from '../lib/report';
import { ACCEPTANCE, PRODUCT_SETTINGS, simulate, type RunResult } from '../lib/sim/simulate';
import { mean, stddev } from '../lib/sim/stats';
import { makeWorld, type WorldSize } from '../lib/sim/world';

const PART = 'quality';
const STRATEGIES = ['batched', 'greedy', 'random'] as const;
/** Fill rates within this many percentage points count as equal (seed noise). */
const EQUAL_FILL_PP = 0.5;
/** A what-if beside the product's defaults: a longer window and the claim fix (see the note). */
const WHAT_IF = { batchWindowMs: 30_000, claimOnlyOwn: true };

export const run: Part = async ({ quick, log }) => {
  const size: WorldSize = quick ? { workers: 600, shifts: 160 } : { workers: 3000, shifts: 800 };
  const seeds = quick ? [1] : [1, 2, 3, 4, 5];
  const runs: Record<string, RunResult[]> = { batched: [], greedy: [], random: [], whatIf: [] };
  const t0 = performance.now();
  for (const seed of seeds) {
    const world = makeWorld(seed, size);
    for (const strategy of STRATEGIES) runs[strategy]!.push(simulate(world, strategy));
    if (!quick) runs.whatIf!.push(simulate(world, 'batched', { ...PRODUCT_SETTINGS, ...WHAT_IF }));
    log(
      `quality seed ${seed}: ` +
        STRATEGIES.map((s) => {
          const r = runs[s]!.at(-1)!;
          return `${s} fill ${pct(r.fillRate)} travel ${r.meanTravelKm.toFixed(2)} km`;
        }).join(', '),
    );
    await new Promise((resolve) => setImmediate(resolve));
  }
  const wallS = (performance.now() - t0) / 1000;

  const spread = (values: number[], digits: number) =>
    seeds.length > 1
      ? `±${stddev(values).toFixed(digits)} sd over ${seeds.length} seeds`
      : `seed ${seeds[0]}`;
  const world = `${size.workers} workers, ${size.shifts} shifts`;
  const rows: Row[] = [];
  for (const strategy of STRATEGIES) {
    const rs = runs[strategy]!;
    const fill = rs.map((r) => r.fillRate * 100);
    const ttf = rs.map((r) => r.medianTimeToFillMin);
    const travel = rs.map((r) => r.meanTravelKm);
    const gini = rs.map((r) => r.offerGini);
    rows.push(
      row(`${strategy}: fill rate`, mean(fill), 1, '%', `${world}; ${spread(fill, 1)}`),
      row(`${strategy}: median time to fill`, mean(ttf), 2, 'min', spread(ttf, 2)),
      row(`${strategy}: mean travel of filled seats`, mean(travel), 2, 'km', spread(travel, 2)),
      row(`${strategy}: Gini of offers received`, mean(gini), 3, '', spread(gini, 3)),
    );
  }

  // Headline: batched vs greedy, seed by seed on the same world.
  const less = seeds.map(
    (_, i) => (1 - runs.batched![i]!.meanTravelKm / runs.greedy![i]!.meanTravelKm) * 100,
  );
  const fillDelta = seeds.map(
    (_, i) => (runs.batched![i]!.fillRate - runs.greedy![i]!.fillRate) * 100,
  );
  const travelLess = mean(less);
  const fillDiff = mean(fillDelta);
  const met = travelLess >= 10 && fillDiff >= -EQUAL_FILL_PP;
  const joint = mean(runs.batched!.map((r) => r.jointFirstWaves / size.shifts)) * 100;
  const batchShifts = mean(runs.batched!.map((r) => r.meanBatchShifts));
  rows.push({
    part: PART,
    metric: 'batched travel vs greedy',
    value: round(travelLess, 1),
    unit: '% less',
    target: `≥ 10% less travel at equal (±${EQUAL_FILL_PP} pp) or better fill`,
    met,
    note: met
      ? `fill ${signed(fillDiff)} pp vs greedy; ${spread(less, 1)}`
      : `NOT met: batched travels ${round(travelLess, 1)}% less than greedy (${spread(less, 1)}), fill ${signed(fillDiff)} pp; ` +
        `only ${round(joint, 1)}% of first waves were planned with another shift (mean batch ${batchShifts.toFixed(2)} shifts) at the 250 ms window`,
  });
  rows.push(
    row(
      'batched: first waves planned jointly',
      joint,
      1,
      '%',
      `mean batch ${batchShifts.toFixed(2)} shifts; claims dropped by a job whose own shift was already taken: ${mean(runs.batched!.map((r) => r.lostClaims)).toFixed(1)} per run`,
    ),
  );
  if (runs.whatIf!.length > 0) {
    const w = runs.whatIf!;
    const wLess = seeds.map(
      (_, i) => (1 - w[i]!.meanTravelKm / runs.greedy![i]!.meanTravelKm) * 100,
    );
    const wFill = seeds.map((_, i) => (w[i]!.fillRate - runs.greedy![i]!.fillRate) * 100);
    const wTtf = mean(w.map((r) => r.medianTimeToFillMin));
    rows.push(
      row(
        'what-if: batched, 30 s window + claim fix, travel vs greedy',
        mean(wLess),
        1,
        '% less',
        `not the product's settings; mean batch ${mean(w.map((r) => r.meanBatchShifts)).toFixed(2)} shifts, fill ${signed(mean(wFill))} pp, median time to fill ${wTtf.toFixed(2)} min; ${spread(wLess, 1)}`,
      ),
    );
  }
  rows.push(
    row('simulation wall time', wallS, 1, 's', `${seeds.length} seed(s) × ${quick ? 3 : 4} runs`),
  );

  return {
    part: PART,
    rows,
    raw: {
      size,
      seeds,
      settings: PRODUCT_SETTINGS,
      whatIf: quick ? null : WHAT_IF,
      acceptance: ACCEPTANCE,
      equalFillPp: EQUAL_FILL_PP,
      travelLessPerSeed: less,
      fillDeltaPpPerSeed: fillDelta,
      runs,
      wallS,
    },
  };
};

function row(metric: string, value: number, digits: number, unit: string, note?: string): Row {
  return { part: PART, metric, value: round(value, digits), unit, ...(note ? { note } : {}) };
}
const round = (x: number, digits: number) => Number(x.toFixed(digits));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
