import type { StatEntry } from './statistics-api';
import { barSeries, figure, pctText, pieSlices, weekKeyOf, yuanFigure } from './statistics-format';

const entry = (district: string, workers: number | null, hours: number | null): StatEntry => ({
  district,
  tradeCode: null,
  workers,
  records: workers,
  hours,
  incomeFen: hours === null ? null : hours * 3000,
  suppressed: workers === null,
  change: null,
});

describe('statistics dashboard helpers', () => {
  it('reads ISO weeks, Monday first', () => {
    expect(weekKeyOf('2030-03-11')).toBe('2030-W11');
    expect(weekKeyOf('2030-03-17')).toBe('2030-W11');
    expect(weekKeyOf('2027-01-01')).toBe('2026-W53');
  });

  it('shows suppressed figures as "<5" and money as yuan', () => {
    expect(figure(null, true)).toBe('<5');
    expect(figure(1234.5, false)).toBe('1,234.5');
    expect(yuanFigure(123450, false)).toBe('¥1,234.50');
    expect(yuanFigure(null, true)).toBe('<5');
    expect(pctText({ abs: 1, pct: 20 })).toBe('+20%');
    expect(pctText({ abs: -1, pct: -3.5 })).toBe('−3.5%');
    expect(pctText({ abs: 6, pct: null })).toBe('');
  });

  it('never plots a suppressed entry', () => {
    const list = [entry('中山区', 12, 40), entry('西岗区', null, null)];
    expect(
      barSeries(
        list,
        (e) => e.district!,
        (e) => e.hours,
      ),
    ).toEqual({
      labels: ['中山区', '西岗区'],
      values: [40, null],
    });
    expect(
      pieSlices(
        list,
        (e) => e.district!,
        (e) => e.hours,
      ),
    ).toEqual([{ name: '中山区', value: 40 }]);
  });
});
