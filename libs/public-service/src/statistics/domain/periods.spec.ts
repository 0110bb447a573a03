import { parsePeriod, periodOf, periodsEnding, previousPeriod } from './periods';

describe('statistics periods (Shanghai calendar, weeks Monday first)', () => {
  it('reads ISO weeks: 2030-W11 is Monday 11 March to Sunday 17 March', () => {
    expect(parsePeriod('week', '2030-W11')).toEqual({
      kind: 'week',
      key: '2030-W11',
      from: '2030-03-11',
      to: '2030-03-18',
    });
  });

  it('puts a Sunday in the week that began the Monday before', () => {
    expect(periodOf('week', '2030-03-17').key).toBe('2030-W11');
    expect(periodOf('week', '2030-03-18').key).toBe('2030-W12');
  });

  it('gives early-January days to the last week of the year before when the ISO rule says so', () => {
    // 1 January 2027 is a Friday: it belongs to 2026-W53.
    expect(periodOf('week', '2027-01-01').key).toBe('2026-W53');
    expect(parsePeriod('week', '2026-W53')?.from).toBe('2026-12-28');
    expect(parsePeriod('week', '2030-W53')).toBeNull();
  });

  it('reads months and refuses what is not a period', () => {
    expect(parsePeriod('month', '2030-02')).toMatchObject({ from: '2030-02-01', to: '2030-03-01' });
    expect(parsePeriod('month', '2030-13')).toBeNull();
    expect(parsePeriod('month', '2030-W11')).toBeNull();
    expect(parsePeriod('week', '2030-03')).toBeNull();
  });

  it('steps back across year ends, for the change against the previous period', () => {
    expect(previousPeriod(parsePeriod('month', '2030-01')!).key).toBe('2029-12');
    expect(previousPeriod(parsePeriod('week', '2027-W01')!).key).toBe('2026-W53');
    expect(periodsEnding(parsePeriod('month', '2030-02')!, 3).map((p) => p.key)).toEqual([
      '2029-12',
      '2030-01',
      '2030-02',
    ]);
  });
});
