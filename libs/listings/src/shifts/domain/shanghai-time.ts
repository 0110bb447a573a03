/**
 * Calendar arithmetic in the city's zone. Mainland China has kept UTC+8 without
 * daylight saving since 1991, so a fixed offset is exact and, unlike
 * Date#getDate() or toLocaleString, does not depend on the server's TZ.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** A Date whose UTC fields (getUTCHours, getUTCDay…) read the Shanghai wall clock at `instant`. */
export function shanghaiWallClock(instant: Date): Date {
  return new Date(instant.getTime() + OFFSET_MS);
}

/** The instant the Shanghai calendar day of `instant` began (its local midnight). */
export function shanghaiDayStart(instant: Date): Date {
  const local = shanghaiWallClock(instant).getTime();
  return new Date(local - (local % 86_400_000) - OFFSET_MS);
}

/** The Shanghai calendar date of an instant, as YYYY-MM-DD. */
export function shanghaiDate(instant: Date): string {
  return shanghaiWallClock(instant).toISOString().slice(0, 10);
}

/** Whether two instants fall on the same calendar day in Asia/Shanghai. */
export function isSameShanghaiDay(a: Date, b: Date): boolean {
  return shanghaiDate(a) === shanghaiDate(b);
}

/** ISO 8601 with the city's offset, e.g. 2025-06-01T08:00:00.000+08:00. */
export function toShanghaiIso(instant: Date): string {
  return `${shanghaiWallClock(instant).toISOString().slice(0, 23)}+08:00`;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of an instant in Asia/Shanghai. */
export function shanghaiWeekday(instant: Date): number {
  const day = shanghaiWallClock(instant).getUTCDay();
  return day === 0 ? 7 : day;
}
