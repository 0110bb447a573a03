import { checkFairWindow, fairState, isOpenForSetup } from './fair-rules';

const NOW = new Date('2030-03-11T00:00:00Z');
const at = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

describe('fair rules', () => {
  it('accepts a fair later today', () => {
    expect(checkFairWindow({ startsAt: at(1), endsAt: at(5) }, NOW)).toEqual([]);
  });

  it('wants the end after the start, naming endsAt', () => {
    const problems = checkFairWindow({ startsAt: at(5), endsAt: at(5) }, NOW);
    expect(problems.map((p) => p.field)).toEqual(['endsAt']);
    expect(problems[0]!.message.zh).toContain('晚于');
  });

  it('refuses a fair longer than a day, in the past or more than 180 days ahead', () => {
    expect(checkFairWindow({ startsAt: at(1), endsAt: at(26) }, NOW)[0]!.field).toBe('endsAt');
    expect(checkFairWindow({ startsAt: at(-1), endsAt: at(2) }, NOW)[0]!.field).toBe('startsAt');
    expect(
      checkFairWindow({ startsAt: at(181 * 24), endsAt: at(181 * 24 + 2) }, NOW)[0]!.field,
    ).toBe('startsAt');
  });

  it('tells upcoming, running, ended and cancelled apart', () => {
    const fair = { startsAt: at(1), endsAt: at(3), status: 'scheduled' };
    expect(fairState(fair, NOW)).toBe('upcoming');
    expect(fairState(fair, at(1))).toBe('running');
    expect(fairState(fair, at(3))).toBe('ended');
    expect(fairState({ ...fair, status: 'cancelled' }, at(2))).toBe('cancelled');
    expect(isOpenForSetup('running')).toBe(true);
    expect(isOpenForSetup('ended')).toBe(false);
  });
});
