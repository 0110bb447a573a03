import { boxContains } from '@app/common/geo/bbox';
import { DALIAN_DISTRICT_BOXES } from '@app/common/geo/dalian-districts.geo';
import { PRODUCT_SETTINGS, simulate } from './simulate';
import { mulberry32, shuffle, uniformAt } from './prng';
import { EventQueue, gini, median } from './stats';
import { makeWorld } from './world';

describe('bench simulation', () => {
  it('mulberry32 repeats itself for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    expect(uniformAt(1, 2, 3)).toBe(uniformAt(1, 2, 3));
    expect(uniformAt(1, 2, 3)).not.toBe(uniformAt(1, 3, 2));
    expect(shuffle(mulberry32(7), [1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('gini: 0 for equal shares, (n−1)/n when one holds everything, 0 when empty', () => {
    expect(gini([])).toBe(0);
    expect(gini([0, 0, 0])).toBe(0);
    expect(gini([3, 3, 3, 3])).toBeCloseTo(0);
    expect(gini([0, 0, 0, 10])).toBeCloseTo(0.75);
    expect(gini([1, 2, 3, 4])).toBeCloseTo(0.25);
  });

  it('median and the event queue (time order, ties in insertion order)', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const q = new EventQueue<string>();
    q.push(5, 'c');
    q.push(1, 'a');
    q.push(5, 'd');
    q.push(2, 'b');
    expect([q.pop(), q.pop(), q.pop(), q.pop(), q.pop()].map((e) => e?.item)).toEqual([
      'a',
      'b',
      'c',
      'd',
      undefined,
    ]);
  });

  it('a world and a run are the same for the same seed', () => {
    const size = { workers: 150, shifts: 40 };
    expect(makeWorld(9, size)).toEqual(makeWorld(9, size));
    const strip = ({ wallMs: _, ...r }: ReturnType<typeof simulate>) => r;
    const settings = { ...PRODUCT_SETTINGS, endAt: 11 * 3_600_000 };
    const first = strip(simulate(makeWorld(9, size), 'batched', settings));
    expect(strip(simulate(makeWorld(9, size), 'batched', settings))).toEqual(first);
    expect(first.seatsFilled).toBeLessThanOrEqual(first.seats);
    expect(first.offers).toBeGreaterThan(0);
  });

  it('puts every home and site inside its district, where the API would take it', () => {
    const world = makeWorld(3, { workers: 400, shifts: 200 });
    const outside = [
      ...world.workers.map((w) => ({ district: w.district, p: w.home })),
      ...world.shifts.map((s) => ({ district: s.district, p: s.site })),
    ].filter(({ district, p }) => !boxContains(DALIAN_DISTRICT_BOXES[district]!, p));
    expect(outside).toEqual([]);
  });
});
