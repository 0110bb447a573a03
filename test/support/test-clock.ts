/** Mainland China keeps UTC+8 all year. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

/**
 * The next instant, from `from` on, at which Dalian's wall clock reads `hhmm`
 * ("23:30"): between 0 and 24 hours ahead, so a clock standing there runs ahead of
 * the system clock and rows a test writes with the database's now() are in its past.
 */
export function nextShanghaiTime(hhmm: string, from = Date.now()): Date {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const localMidnight = Math.floor((from + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS;
  let at = localMidnight + (h * 60 + m) * 60_000 - SHANGHAI_OFFSET_MS;
  if (at < from) at += DAY_MS;
  return new Date(at);
}

/**
 * A running clock for the apps of one test file (the API in this process and the
 * spawned matcher and realtime nodes): it stands at `at` when made and moves with
 * real time. Every process gets the same CLOCK_OFFSET_MS, so they agree on "now", and
 * BullMQ delays and Redis TTLs, which are lengths of real time, work as in production.
 */
export class AppClock {
  readonly offsetMs: number;

  constructor(at: Date) {
    this.offsetMs = at.getTime() - Date.now();
  }

  /** A clock that stands at the next `hhmm` in Dalian (see nextShanghaiTime). */
  static at(hhmm: string): AppClock {
    return new AppClock(nextShanghaiTime(hhmm));
  }

  /** The apps' "now": use it for the times of shifts a test posts. */
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** The environment that sets the apps' clock; merge it into each process's env. */
  get env(): Record<string, string> {
    return { CLOCK_OFFSET_MS: String(this.offsetMs) };
  }
}
