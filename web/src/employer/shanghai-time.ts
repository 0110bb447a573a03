/**
 * <input type="datetime-local"> knows no zone. The console reads and writes it as
 * Shanghai wall time (UTC+8, no daylight saving) whatever zone the PC is set to.
 */
const OFFSET_MS = 8 * 3600_000;
const HOUR_MS = 3600_000;

/** A Date → "YYYY-MM-DDTHH:mm" in Shanghai time. */
export function toShanghaiInput(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** "YYYY-MM-DDTHH:mm" (Shanghai) → ISO 8601 with +08:00, or null when not a full value. */
export function fromShanghaiInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const iso = `${value}:00+08:00`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** The next full hour after `now`: a shift posted at 10:20 starts at 11:00 by default. */
export function nextFullHour(now: Date): Date {
  return new Date((Math.floor(now.getTime() / HOUR_MS) + 1) * HOUR_MS);
}

/** "YYYY-MM-DD" of an instant in Shanghai. */
export function shanghaiDay(date: Date): string {
  return toShanghaiInput(date).slice(0, 10);
}
