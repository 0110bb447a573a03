import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, AppException, Clock, distanceKm } from '@app/common';
import { ErrorCode } from '@app/contracts';
import type { PayUnit } from '@app/listings';
import { PresenceService } from '../../presence/presence.service';
import { CANDIDATE_FACTS_SQL, type CandidateFactsRow } from './candidate-facts.sql';
import type {
  CandidateExplanation,
  CandidateReason,
  RankedCandidate,
  RankOptions,
  ShiftAssessment,
} from './candidates.types';
import {
  effectiveMinCredit,
  ineligibility,
  type ShiftRequirements,
  type WorkerFacts,
} from './eligibility';
import { compareByScore, score, type Score } from './scoring';

/** The shift columns matching needs, as SQL returns them (SHIFT_REQUIREMENT_COLUMNS of `s`). */
export interface ShiftRequirementsRow {
  id: string;
  trade_code: string;
  certificates: string[];
  starts_at: Date;
  ends_at: Date;
  pay_unit: string;
  pay_fen: number;
  min_credit: number;
  instant: boolean;
  lat: number;
  lng: number;
}

/** SQL for the columns of ShiftRequirementsRow, of a shift aliased `s`. */
export const SHIFT_REQUIREMENT_COLUMNS = `s.id, s.trade_code, s.certificates, s.starts_at, s.ends_at,
  s.pay_unit, s.pay_fen, s.min_credit, s.instant, s.lat, s.lng`;

/** Where a query runs: the pool, or the caller's transaction (one commit for a whole grab). */
type Runner = Pick<EntityManager, 'query'>;

/** The best candidates at the first radius of `steps` that has enough of them. */
export interface WideningSearch {
  candidates: RankedCandidate[];
  radiusKm: number;
  /** Even the last radius had fewer than were wanted. */
  exhausted: boolean;
}

export interface ShiftForMatching extends ShiftRequirements {
  id: string;
  site: { lat: number; lng: number };
}

/**
 * How many of the nearest online workers a shift weighs. Downtown at the morning peak a
 * 5 km circle can hold thousands; their facts are one SQL query, so the pool is
 * bounded (the score favours the near ones anyway, and a later wave widens the radius
 * past anyone who declined). 20× the largest wave a headcount of 10 sends.
 */
export const CANDIDATE_POOL = 400;

/**
 * Who should get an offer for a shift: online workers near the site (Redis), their
 * facts in one SQL query, then the pure eligibility rules and score decide.
 */
@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly presence: PresenceService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Eligible online workers within `radiusKm` who have no offer for this shift yet, best first. */
  async rank(shiftId: string, options: RankOptions): Promise<RankedCandidate[]> {
    const excluded = new Set(options.excludeWorkerIds ?? []);
    const search = await this.widen(
      await this.loadShift(shiftId),
      [options.radiusKm],
      0,
      options.limit,
      this.db,
      excluded,
    );
    return search.candidates;
  }

  /**
   * A wave's search, in one GEOSEARCH and one facts query whatever the number of steps:
   * the nearest online workers within the last radius of `steps`, then in memory the
   * first radius with at least `slots` eligible candidates (scored against that radius),
   * best first, at most `limit`. Runs its query on `runner`: the wave's transaction, which
   * has loaded the shift already (`forMatching` of its row).
   */
  async widen(
    shift: ShiftForMatching,
    steps: number[],
    slots: number,
    limit: number,
    runner: Runner,
    excluded: ReadonlySet<string> = new Set(),
  ): Promise<WideningSearch> {
    const last = steps[steps.length - 1]!;
    // Those already offered are excluded after the search: fetch enough to make up for them.
    const pool = CANDIDATE_POOL + excluded.size;
    const nearby = (await this.presence.nearby(shift.site, last, pool)).filter(
      (w) => !excluded.has(w.workerId),
    );
    if (nearby.length === 0 || limit <= 0) {
      return { candidates: [], radiusKm: last, exhausted: slots > 0 };
    }
    const distances = new Map(nearby.map((w) => [w.workerId, w.distanceKm]));
    const rows = await this.facts(shift.id, [...distances.keys()], true, runner);
    const now = this.clock.now();
    const eligible = rows.filter((row) => {
      if (row.already_offered) return false;
      return ineligibility(toFacts(row, distances.get(row.worker_id)!), shift).length === 0;
    });
    let ranked: RankedCandidate[] = [];
    for (const radiusKm of steps) {
      ranked = eligible
        .filter((row) => distances.get(row.worker_id)! <= radiusKm)
        .map((row) => {
          const distance = distances.get(row.worker_id)!;
          return {
            workerId: row.worker_id,
            distanceKm: roundKm(distance),
            score: scoreRow(row, shift, distance, radiusKm, now),
          };
        })
        .sort(compareByScore)
        .slice(0, limit);
      if (ranked.length >= slots) return { candidates: ranked, radiusKm, exhausted: false };
    }
    return { candidates: ranked, radiusKm: last, exhausted: true };
  }

  /**
   * Every reason this worker would not get an offer for this shift now, and the
   * score they would get if eligible (relative to `radiusKm`, by default their own
   * max travel distance).
   */
  async explain(
    shiftId: string,
    workerId: string,
    options: { radiusKm?: number } = {},
  ): Promise<CandidateExplanation> {
    const shift = await this.loadShift(shiftId);
    const position = await this.presence.position(workerId);
    const distance = position ? distanceKm(shift.site, position) : null;
    const [row] = await this.facts(shift.id, [workerId]);
    if (!row) {
      return { workerId, eligible: false, reasons: ['no_profile'], distanceKm: null, score: null };
    }
    const reasons: CandidateReason[] = [];
    if (distance === null) reasons.push('offline');
    if (row.already_offered) reasons.push('already_offered');
    // Offline, the distance is unknown: judge everything else.
    reasons.push(...ineligibility(toFacts(row, distance ?? 0), shift));
    const eligible = reasons.length === 0;
    const radiusKm = options.radiusKm ?? row.max_travel_km;
    return {
      workerId,
      eligible,
      reasons,
      distanceKm: distance === null ? null : roundKm(distance),
      score: eligible ? scoreRow(row, shift, distance!, radiusKm, this.clock.now()) : null,
    };
  }

  /**
   * One worker weighed against several shifts from a position the caller gives (a
   * worker post's area, or where an invited worker is) instead of their presence:
   * the same facts, rules and score as `rank()`. Every shift found gets an answer, in
   * the order asked; `reasons` includes `already_offered` and `no_profile`. The
   * distance part of the score is relative to `radiusKm`.
   */
  async assess(
    workerId: string,
    shiftIds: string[],
    from: { lat: number; lng: number },
    radiusKm: number,
    runner: Runner = this.db,
  ): Promise<ShiftAssessment[]> {
    if (shiftIds.length === 0) return [];
    const shifts = await this.loadShifts(shiftIds, runner);
    return this.assessLoaded(workerId, shifts, from, radiusKm, runner);
  }

  /** `assess` for shifts the caller has read already (`forMatching` of their rows). */
  async assessLoaded(
    workerId: string,
    shifts: ShiftForMatching[],
    from: { lat: number; lng: number },
    radiusKm: number,
    runner: Runner = this.db,
  ): Promise<ShiftAssessment[]> {
    if (shifts.length === 0) return [];
    const shiftIds = shifts.map((shift) => shift.id);
    const rows = new Map(
      (await this.facts(shiftIds, [workerId], false, runner)).map((row) => [row.shift_id, row]),
    );
    const now = this.clock.now();
    return shifts.map((shift) => {
      const distance = distanceKm(shift.site, from);
      const row = rows.get(shift.id);
      if (!row) {
        return {
          shiftId: shift.id,
          reasons: ['no_profile'],
          distanceKm: roundKm(distance),
          score: null,
        };
      }
      const reasons: CandidateReason[] = row.already_offered ? ['already_offered'] : [];
      reasons.push(...ineligibility(toFacts(row, distance), shift));
      return {
        shiftId: shift.id,
        reasons,
        distanceKm: roundKm(distance),
        score: reasons.length === 0 ? scoreRow(row, shift, distance, radiusKm, now) : null,
      };
    });
  }

  private facts(
    shiftIds: string | string[],
    workerIds: string[],
    onlyHoldingTrade = false,
    runner: Runner = this.db,
  ): Promise<CandidateFactsRow[]> {
    const ids = Array.isArray(shiftIds) ? shiftIds : [shiftIds];
    return runner.query(CANDIDATE_FACTS_SQL, [ids, workerIds, this.clock.now(), onlyHoldingTrade]);
  }

  private async loadShift(shiftId: string, runner: Runner = this.db): Promise<ShiftForMatching> {
    const [shift] = await this.loadShifts([shiftId], runner);
    if (!shift) {
      throw new AppException(ErrorCode.NOT_FOUND, {
        message: { zh: '岗位不存在', en: 'Shift not found' },
      });
    }
    return shift;
  }

  /** The shifts found among `shiftIds`, in the order given. */
  private async loadShifts(
    shiftIds: string[],
    runner: Runner = this.db,
  ): Promise<ShiftForMatching[]> {
    const rows: ShiftRequirementsRow[] = await runner.query(
      `SELECT ${SHIFT_REQUIREMENT_COLUMNS} FROM shifts s WHERE s.id = ANY($1::uuid[])`,
      [shiftIds],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return shiftIds.flatMap((id) => {
      const row = byId.get(id);
      return row ? [this.forMatching(row)] : [];
    });
  }

  /** A shift's row as the rules read it. */
  forMatching(row: ShiftRequirementsRow): ShiftForMatching {
    return {
      id: row.id,
      tradeCode: row.trade_code,
      certificates: row.certificates,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      pay: { unit: row.pay_unit as PayUnit, fen: row.pay_fen },
      // An instant shift also needs the instant-hire credit bar (CREDIT_INSTANT_MIN).
      minCredit: effectiveMinCredit(row, this.config.CREDIT_INSTANT_MIN),
      site: { lat: row.lat, lng: row.lng },
    };
  }
}

function toFacts(row: CandidateFactsRow, distance: number): WorkerFacts {
  return {
    workerId: row.worker_id,
    trades: row.trades,
    certificates: row.certificates,
    availability: row.availability,
    minPay:
      row.min_pay_unit && row.min_pay_fen !== null
        ? { unit: row.min_pay_unit, fen: row.min_pay_fen }
        : null,
    maxTravelKm: row.max_travel_km,
    creditScore: row.credit_score,
    blacklisted: row.blacklisted,
    distanceKm: distance,
    busy: row.busy,
    ownShift: row.own_shift,
  };
}

function scoreRow(
  row: CandidateFactsRow,
  shift: ShiftRequirements,
  distance: number,
  radiusKm: number,
  now: Date,
): Score {
  return score({
    distanceKm: distance,
    radiusKm,
    level: row.trades.find((t) => t.code === shift.tradeCode)?.level ?? 1,
    ratingAverage: row.rating_average,
    ratingCount: row.rating_count,
    completed: row.completed,
    noShows: row.no_shows,
    lastOfferAt: row.last_offer_at,
    favourite: row.favourite,
    now,
  });
}

/** Metres are precise enough for people and keep offers readable. */
const roundKm = (km: number) => Math.round(km * 1000) / 1000;
