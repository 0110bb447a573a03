/** Countdown maths for offers: pure, so the card and its tests agree on what "left" means. */

/** Whole seconds until `expiresAt` (never negative). */
export function secondsLeft(expiresAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000));
}

/** 65 → "1:05"; the phone shows minutes and seconds, offers live for a minute or two. */
export function mmss(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** How urgent the countdown looks: red in the last 15 seconds, grey once over. */
export function urgency(seconds: number): 'calm' | 'hurry' | 'over' {
  if (seconds <= 0) return 'over';
  return seconds <= 15 ? 'hurry' : 'calm';
}

/** Share of the offer's life still left (for the progress bar), 0…100. */
export function percentLeft(expiresAt: string, createdAt: number, now: number): number {
  const total = Date.parse(expiresAt) - createdAt;
  if (total <= 0) return 0;
  return Math.min(100, Math.max(0, ((Date.parse(expiresAt) - now) / total) * 100));
}
