import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@app/common';
import type { DomainEvent } from '@app/contracts';
import { setShiftStatus, shiftStatusByTime, shiftUpdated, ShiftStatus } from '@app/listings';
import { offerClosed } from '../offers/offer-events';
import { revokePendingOffers } from '../offers/offer-writes';
import { recordEvents } from '@app/events';

interface ProgressRow {
  id: string;
  employer_id: string;
  status: ShiftStatus;
  filled: number;
  headcount: number;
  market_id: string | null;
  starts_at: Date;
  ends_at: Date;
  checked_in: number;
}

/** At most this many shifts per sweep; the next minute takes the rest. */
const BATCH = 500;

/**
 * Moves shifts along as time passes (the matcher's minute sweep calls it):
 * started with someone on duty → in_progress; ended → completed if anyone
 * worked, else expired; held for review and started unreviewed → expired. An
 * ending shift's pending offers are revoked.
 */
@Injectable()
export class ShiftProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Returns how many shifts changed status. */
  async advance(now: Date = this.clock.now()): Promise<number> {
    const due: { id: string }[] = await this.db.query(
      `SELECT id FROM shifts WHERE status IN ('pending_review', 'open', 'filled', 'in_progress') AND starts_at <= $1
        ORDER BY starts_at, id LIMIT ${BATCH}`,
      [now],
    );
    let changed = 0;
    for (const { id } of due) {
      if (await this.db.transaction((tx) => this.advanceOne(tx, id, now))) changed += 1;
    }
    return changed;
  }

  private async advanceOne(tx: EntityManager, shiftId: string, now: Date): Promise<boolean> {
    // The shift row first, as everywhere in matching (lock order).
    const [row]: ProgressRow[] = await tx.query(
      `SELECT s.id, s.employer_id, s.status, s.filled, s.headcount, s.market_id, s.starts_at, s.ends_at,
              (SELECT count(*)::int FROM assignments a
                WHERE a.shift_id = s.id AND a.check_in_at IS NOT NULL) AS checked_in
         FROM shifts s WHERE s.id = $1 FOR UPDATE OF s`,
      [shiftId],
    );
    if (!row) return false;
    const facts = { startsAt: row.starts_at, endsAt: row.ends_at, checkedIn: row.checked_in };
    let status = row.status;
    for (let step = 0; step < 3; step++) {
      const next = shiftStatusByTime({ ...facts, status }, now);
      if (next === status) break;
      status = next;
    }
    if (status === row.status) return false;

    await setShiftStatus(tx, shiftId, status);
    const events: DomainEvent[] = [
      shiftUpdated({
        id: row.id,
        employerId: row.employer_id,
        status,
        filled: row.filled,
        headcount: row.headcount,
        marketId: row.market_id,
      }),
    ];
    if (status !== 'open' && status !== 'filled') {
      const revoked = await revokePendingOffers(tx, shiftId, now);
      for (const o of revoked) {
        events.push(offerClosed({ id: o.id, shiftId, workerId: o.worker_id }, 'revoked'));
      }
    }
    await recordEvents(tx, events);
    return true;
  }
}
