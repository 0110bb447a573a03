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
}

/**
 * A clock that stands still until moved. Only booted when `CLOCK_FIXED_AT` is
 * set, which the ClockModule refuses in production; tests reach it with
 * `api.app.get(Clock) as FixedClock` and move it with `set()`.
 */
export class FixedClock extends Clock {
  constructor(private instant: Date) {
    super();
  }

  override now(): Date {
    return new Date(this.instant.getTime());
  }

  set(instant: Date | string): void {
    this.instant = new Date(instant);
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
}
