import { Injectable } from '@nestjs/common';

/**
 * "Now" as the domain sees it. Rules that depend on the time of day (opening
 * hours, offer expiry, same-day shifts) ask this instead of `new Date()`, so
 * that tests can put the API at a chosen instant without touching the wall clock.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** How far this clock runs ahead of the system clock (0 in production). */
  leadMs(): number {
    return 0;
  }
}

/**
 * SQL for a row's stamp on the domain clock: the database's clock_timestamp() moved by
 * the clock's lead (`param` holds `leadMs()`). Rows keep the order they were written in
 * and fall on the clock's day, so "today" counters agree with a clock set by a test.
 */
export function clockStampSql(param: string): string {
  return `(clock_timestamp() + make_interval(secs => ${param}::float8 / 1000))`;
}

/**
 * A clock that stands still until moved. Only booted when `CLOCK_FIXED_AT` is
 * set, which the ClockModule refuses in production; tests reach it with
 * `api.app.get(Clock) as FixedClock` and move it with `set()`.
 */
export class FixedClock extends Clock {
  /** The lead when last set: rows stamped after it keep the order they were written in. */
  private lead: number;

  constructor(private instant: Date) {
    super();
    this.lead = instant.getTime() - Date.now();
  }

  override now(): Date {
    return new Date(this.instant.getTime());
  }

  override leadMs(): number {
    return this.lead;
  }

  set(instant: Date | string): void {
    this.instant = new Date(instant);
    this.lead = this.instant.getTime() - Date.now();
  }
}

/**
 * The system clock moved by a constant offset: it runs, but stands at another hour.
 * Only booted when `CLOCK_OFFSET_MS` is set outside production. Every process of a
 * test gets the same offset, so they agree on "now", and durations measured in real
 * time (BullMQ delays, Redis TTLs, socket timeouts) keep their lengths.
 */
export class OffsetClock extends Clock {
  constructor(readonly offsetMs: number) {
    super();
  }

  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  override leadMs(): number {
    return this.offsetMs;
  }
}
