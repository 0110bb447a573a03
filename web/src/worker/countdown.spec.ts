import { mmss, percentLeft, secondsLeft, urgency } from './countdown';

describe('offer countdown', () => {
  const expiresAt = '2026-11-28T08:01:30+08:00';
  const at = (iso: string) => Date.parse(iso);

  it('counts whole seconds up to the expiry and never below zero', () => {
    expect(secondsLeft(expiresAt, at('2026-11-28T08:00:00+08:00'))).toBe(90);
    expect(secondsLeft(expiresAt, at('2026-11-28T08:01:29.200+08:00'))).toBe(1);
    expect(secondsLeft(expiresAt, at('2026-11-28T08:05:00+08:00'))).toBe(0);
  });

  it('reads as minutes and seconds, red in the last 15 seconds', () => {
    expect(mmss(90)).toBe('1:30');
    expect(mmss(5)).toBe('0:05');
    expect([urgency(16), urgency(15), urgency(0)]).toEqual(['calm', 'hurry', 'over']);
  });

  it('shows the share of the offer still left for the bar', () => {
    const created = at('2026-11-28T08:00:00+08:00');
    expect(percentLeft(expiresAt, created, created)).toBe(100);
    expect(percentLeft(expiresAt, created, at('2026-11-28T08:00:45+08:00'))).toBe(50);
    expect(percentLeft(expiresAt, created, at('2026-11-28T09:00:00+08:00'))).toBe(0);
  });
});
