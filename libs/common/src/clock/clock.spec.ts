import { Clock, FixedClock, OffsetClock } from './clock';
import { clockFor } from './clock.module';

describe('clockFor', () => {
  it('is the system clock when CLOCK_FIXED_AT is empty', () => {
    const clock = clockFor({ NODE_ENV: 'development', CLOCK_FIXED_AT: '' });
    expect(clock).not.toBeInstanceOf(FixedClock);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('stands still at CLOCK_FIXED_AT until moved', () => {
    const clock = clockFor({ NODE_ENV: 'test', CLOCK_FIXED_AT: '2026-12-01T01:00:00+08:00' });
    expect(clock.now().toISOString()).toBe('2026-11-30T17:00:00.000Z');
    (clock as FixedClock).set('2026-12-01T09:30:00+08:00');
    expect(clock.now().toISOString()).toBe('2026-12-01T01:30:00.000Z');
  });

  it('hands out copies, so a caller cannot move the clock by mutating a Date', () => {
    const clock: Clock = new FixedClock(new Date('2026-12-01T00:00:00Z'));
    clock.now().setUTCFullYear(2000);
    expect(clock.now().getUTCFullYear()).toBe(2026);
  });

  it('refuses a fixed clock in production', () => {
    expect(() =>
      clockFor({ NODE_ENV: 'production', CLOCK_FIXED_AT: '2026-12-01T00:00:00Z' }),
    ).toThrow(/CLOCK_FIXED_AT/);
  });

  it('runs CLOCK_OFFSET_MS ahead of the system clock, still moving', async () => {
    const hours = 7 * 3600_000;
    const clock = clockFor({ NODE_ENV: 'test', CLOCK_FIXED_AT: '', CLOCK_OFFSET_MS: hours });
    expect(clock).toBeInstanceOf(OffsetClock);
    const first = clock.now().getTime();
    expect(Math.abs(first - Date.now() - hours)).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock.now().getTime()).toBeGreaterThan(first);
  });

  it('refuses an offset clock in production, and an offset together with a fixed instant', () => {
    expect(() =>
      clockFor({ NODE_ENV: 'production', CLOCK_FIXED_AT: '', CLOCK_OFFSET_MS: 60_000 }),
    ).toThrow(/CLOCK_OFFSET_MS/);
    expect(() =>
      clockFor({ NODE_ENV: 'test', CLOCK_FIXED_AT: '2026-12-01T00:00:00Z', CLOCK_OFFSET_MS: 1 }),
    ).toThrow(/not both/);
  });

  it('tells its lead over the system clock, for stamping rows on the domain clock', () => {
    expect(new Clock().leadMs()).toBe(0);
    expect(new OffsetClock(-5000).leadMs()).toBe(-5000);
    const fixed = new FixedClock(new Date(Date.now() + 3_600_000));
    expect(Math.abs(fixed.leadMs() - 3_600_000)).toBeLessThan(1000);
    // Constant until moved, so rows stamped one after another stay in order.
    expect(fixed.leadMs()).toBe(fixed.leadMs());
    fixed.set(new Date(Date.now() - 60_000));
    expect(Math.abs(fixed.leadMs() + 60_000)).toBeLessThan(1000);
  });
});
