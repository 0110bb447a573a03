import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock, maskPersonalNumbers } from '@app/common';
import { toShanghaiIso } from '@app/listings';
import { publicEmployerName } from '@app/listings';
import type { EmployerKind } from '@app/listings';
import { fairState } from './fair-rules';
import { fairNotFound } from './fair-staff-access';
import type { FairDetailView, FairShiftView, FairView } from './fair.view';

export interface FairSummaryRow {
  id: string;
  market_id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  status: string;
  zone_count: number;
  employer_count: number;
  shift_count: number;
}

/** Columns of a FairSummaryRow from `f` (a fairs row). */
export const FAIR_SUMMARY_COLUMNS = `f.id, f.market_id, f.title, f.starts_at, f.ends_at, f.status,
  (SELECT count(*) FROM fair_zones z WHERE z.fair_id = f.id)::int AS zone_count,
  (SELECT count(*) FROM fair_employers e WHERE e.fair_id = f.id)::int AS employer_count,
  (SELECT count(*) FROM fair_shifts fs WHERE fs.fair_id = f.id)::int AS shift_count`;

/** Reads fairs for the public and the desk: nothing personal (no phones, masked individuals). */
@Injectable()
export class FairReader {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  toView(r: FairSummaryRow): FairView {
    return {
      id: r.id,
      marketId: r.market_id,
      title: maskPersonalNumbers(r.title),
      startsAt: toShanghaiIso(r.starts_at),
      endsAt: toShanghaiIso(r.ends_at),
      status: r.status,
      state: fairState(
        { startsAt: r.starts_at, endsAt: r.ends_at, status: r.status },
        this.clock.now(),
      ),
      zoneCount: r.zone_count,
      employerCount: r.employer_count,
      shiftCount: r.shift_count,
    };
  }

  async detail(fairId: string, db: DataSource | EntityManager = this.db): Promise<FairDetailView> {
    const [fair] = await db.query<FairSummaryRow[]>(
      `SELECT ${FAIR_SUMMARY_COLUMNS} FROM fairs f WHERE f.id = $1`,
      [fairId],
    );
    if (!fair) throw fairNotFound();
    // A transaction's one connection runs one query at a time; the pool runs them side by side.
    const zonesRead = () =>
      db.query<{ id: string; name: string; trade_codes: string[] }[]>(
        `SELECT id, name, trade_codes FROM fair_zones WHERE fair_id = $1 ORDER BY created_at, id`,
        [fairId],
      );
    const employersRead = () =>
      db.query<
        { employer_id: string; name: string; kind: EmployerKind; zone_id: string; booth: string }[]
      >(
        `SELECT e.employer_id, ep.name, ep.kind, e.zone_id, e.booth
           FROM fair_employers e JOIN employer_profiles ep ON ep.user_id = e.employer_id
          WHERE e.fair_id = $1 ORDER BY e.booth`,
        [fairId],
      );
    const shiftsRead = () =>
      db.query<FairShiftRow[]>(
        `SELECT ${FAIR_SHIFT_COLUMNS}
           FROM fair_shifts fs JOIN shifts s ON s.id = fs.shift_id
          WHERE fs.fair_id = $1 ORDER BY s.starts_at, s.id`,
        [fairId],
      );
    const [zones, employers, shifts] =
      db instanceof DataSource
        ? await Promise.all([zonesRead(), employersRead(), shiftsRead()])
        : [await zonesRead(), await employersRead(), await shiftsRead()];
    return {
      ...this.toView(fair),
      zones: zones.map((z) => ({
        id: z.id,
        name: maskPersonalNumbers(z.name),
        tradeCodes: z.trade_codes,
      })),
      employers: employers.map((e) => ({
        employerId: e.employer_id,
        name: maskPersonalNumbers(publicEmployerName(e.name, e.kind)),
        zoneId: e.zone_id,
        booth: maskPersonalNumbers(e.booth),
      })),
      shifts: shifts.map(toFairShift),
    };
  }
}

/** Columns of a FairShiftRow from `s` (a shifts row). */
export const FAIR_SHIFT_COLUMNS = `s.id, s.employer_id, s.title, s.trade_code, s.status,
  s.starts_at, s.ends_at, s.pay_unit, s.pay_fen, s.headcount, s.filled`;

export interface FairShiftRow {
  id: string;
  employer_id: string;
  title: string;
  trade_code: string;
  status: string;
  starts_at: Date;
  ends_at: Date;
  pay_unit: string;
  pay_fen: number;
  headcount: number;
  filled: number;
}

export function toFairShift(s: FairShiftRow): FairShiftView {
  return {
    shiftId: s.id,
    employerId: s.employer_id,
    title: maskPersonalNumbers(s.title),
    tradeCode: s.trade_code,
    status: s.status,
    startsAt: toShanghaiIso(s.starts_at),
    endsAt: toShanghaiIso(s.ends_at),
    pay: { unit: s.pay_unit, amountFen: s.pay_fen },
    headcount: s.headcount,
    seatsLeft: Math.max(0, s.headcount - s.filled),
  };
}
