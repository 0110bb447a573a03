import { changeOf, type Figures, hoursOf } from './figures';

const f = (workers: number, hours: number, incomeFen: number): Figures => ({
  workers,
  records: workers,
  hours,
  incomeFen,
  suppressed: false,
});
const hidden: Figures = {
  workers: null,
  records: null,
  hours: null,
  incomeFen: null,
  suppressed: true,
};

describe('change against the previous period', () => {
  it('gives the absolute change and the percent to 0.1', () => {
    const c = changeOf(f(6, 30, 90000), f(5, 20, 60000))!;
    expect(c.workers).toEqual({ abs: 1, pct: 20 });
    expect(c.hours).toEqual({ abs: 10, pct: 50 });
    expect(c.incomeFen).toEqual({ abs: 30000, pct: 50 });
  });

  it('has no percent when the previous period had nothing', () => {
    expect(changeOf(f(6, 30, 90000), undefined)!.incomeFen).toEqual({ abs: 90000, pct: null });
  });

  it('is withheld when either side is suppressed', () => {
    expect(changeOf(hidden, f(5, 20, 60000))).toBeNull();
    expect(changeOf(f(6, 30, 90000), hidden)).toBeNull();
  });

  it('turns minutes into hours to 0.01', () => {
    expect(hoursOf(100)).toBe(1.67);
  });
});
