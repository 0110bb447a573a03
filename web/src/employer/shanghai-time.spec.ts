import { fromShanghaiInput, nextFullHour, shanghaiDay, toShanghaiInput } from './shanghai-time';

describe('Shanghai wall time in the console', () => {
  const at = (iso: string) => new Date(iso);

  it('fills a date-time box with Shanghai time whatever zone the instant was written in', () => {
    expect(toShanghaiInput(at('2026-11-28T10:20:45+08:00'))).toBe('2026-11-28T10:20');
    expect(toShanghaiInput(at('2026-11-28T02:20:00Z'))).toBe('2026-11-28T10:20');
    // 17:30 UTC is already the next morning in Shanghai.
    expect(toShanghaiInput(at('2026-11-28T17:30:00Z'))).toBe('2026-11-29T01:30');
  });

  it('sends what was typed as a Shanghai instant with its +08:00 offset', () => {
    const iso = fromShanghaiInput('2026-11-28T11:00');
    expect(iso).toBe('2026-11-28T11:00:00+08:00');
    expect(Date.parse(iso!)).toBe(Date.parse('2026-11-28T03:00:00Z'));
  });

  it('reads a typed time back as the same box value', () => {
    const typed = '2026-12-31T23:45';
    expect(toShanghaiInput(new Date(fromShanghaiInput(typed)!))).toBe(typed);
  });

  it('treats a half-filled or impossible value as no value', () => {
    for (const value of [
      '',
      '2026-11-28',
      '2026-11-28T11',
      '2026-11-28 11:00',
      '2026-13-01T11:00',
      '2026-11-28T25:00',
    ]) {
      expect(fromShanghaiInput(value)).toBeNull();
    }
  });

  it('starts a shift posted at 10:20 at 11:00 by default', () => {
    expect(nextFullHour(at('2026-11-28T10:20:00+08:00')).toISOString()).toBe(
      at('2026-11-28T11:00:00+08:00').toISOString(),
    );
  });

  it('moves on an hour when posted exactly on the hour, and past midnight at 23:30', () => {
    expect(nextFullHour(at('2026-11-28T10:00:00+08:00')).getTime()).toBe(
      at('2026-11-28T11:00:00+08:00').getTime(),
    );
    expect(toShanghaiInput(nextFullHour(at('2026-11-28T23:30:00+08:00')))).toBe('2026-11-29T00:00');
  });

  it('names the Shanghai calendar day of an instant, not the UTC one', () => {
    expect(shanghaiDay(at('2026-11-28T15:59:59Z'))).toBe('2026-11-28');
    expect(shanghaiDay(at('2026-11-28T16:00:00Z'))).toBe('2026-11-29');
  });
});
