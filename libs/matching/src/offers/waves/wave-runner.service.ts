import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, Clock } from '@app/common';
import type { DomainEvent } from '@app/contracts';
import {
  CandidatesService,
  SHIFT_REQUIREMENT_COLUMNS,
  type ShiftRequirementsRow,
  type WideningSearch,
} from '../candidates/candidates.service';
import type { RankedCandidate } from '../candidates/candidates.types';
import { offerClosed } from '../offer-events';
import { expireOffers, insertWaveOffers } from '../offer-writes';
import { MatchStrategy, planFirstWaves, PlanShift } from '../batching/batch-plan';
import { MatchingQueue, type WaveExpiry } from './matching-queue';
import { offerCreated, offeredShift, type OfferedShiftRow } from './offer-created';
import { radiusSteps, seatsOpen, waveSize } from './wave-rules';
import { recordEvents } from '@app/events';

/** A shift's run, locked, with the shift as the wave needs it: one row per shift. */
interface RunRow extends OfferedShiftRow, Omit<ShiftRequirementsRow, 'pay_unit'> {
  shift_id: string;
  radius_km: number;
  state: 'running' | 'exhausted' | 'done';
  first_wave_at: Date | null;
  starts_at: Date;
  ends_at: Date;
  headcount: number;
  filled: number;
  status: string | null;
  pending: number;
}

/** The shift beside its run (null columns when the shift is gone; `id` is then null too). */
const RUN_SHIFT_COLUMNS = `${SHIFT_REQUIREMENT_COLUMNS}, s.title, s.address, s.district,
  s.headcount, s.filled, s.status,
  (SELECT count(*)::int FROM offers o WHERE o.shift_id = s.id AND o.status = 'pending') AS pending`;

/**
 * Sends offer waves and expires offers. Every step is safe to repeat and to run in
 * several matcher processes at once:
 * - the shift's matching_runs row is locked FOR UPDATE for the whole wave, so two
 *   waves of one shift never size themselves from the same pending count;
 * - offers insert with ON CONFLICT (shift_id, worker_id) DO NOTHING and `rank()`
 *   leaves out workers already offered: a retried wave never offers a worker twice;
 * - offers and their `offer.created` events commit together (the outbox);
 * - expiry is a conditional update `WHERE status = 'pending'`.
 */
@Injectable()
export class WaveRunner {
  constructor(
    private readonly db: DataSource,
    private readonly candidates: CandidatesService,
    private readonly queue: MatchingQueue,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Wave `wave` for these shifts, planned jointly (`strategy`) when there are
   * several. Wave 1 skips shifts whose first wave already went out (a batch and a
   * shift's own job may both try). Returns how many offers it created.
   */
  async offerWave(shiftIds: string[], wave: number, strategy: MatchStrategy): Promise<number> {
    const ids = [...new Set(shiftIds)].sort();
    const made = await this.db.transaction(async (tx) => {
      const made = await this.offerWaveIn(tx, ids, wave, strategy);
      // Queued before the commit, so a crash right after it cannot leave offers without
      // their expiry; a rollback leaves a job that finds nothing pending.
      await this.queue.addExpiries(made, this.clock.now());
      return made;
    });
    return made.reduce((n, w) => n + w.offerIds.length, 0);
  }

  private async offerWaveIn(
    tx: EntityManager,
    ids: string[],
    wave: number,
    strategy: MatchStrategy,
  ): Promise<WaveExpiry[]> {
    // Sorted ids: batches lock rows in one order, so they never deadlock.
    const runs: RunRow[] =
      wave === 1
        ? // A new instant shift's run starts here (its trigger queued the wave unread): the
          // upsert inserts or locks each run and returns it, the shift read beside it.
          await tx.query(
            `WITH run AS (
               INSERT INTO matching_runs AS r (shift_id, wave, radius_km)
               SELECT id, 1, $2 FROM unnest($1::uuid[]) AS id ORDER BY id
               ON CONFLICT (shift_id) DO UPDATE SET shift_id = r.shift_id
               RETURNING r.shift_id, r.radius_km, r.state, r.first_wave_at)
             SELECT run.*, ${RUN_SHIFT_COLUMNS}
               FROM run LEFT JOIN shifts s ON s.id = run.shift_id ORDER BY run.shift_id`,
            [ids, this.config.MATCH_RADIUS_KM],
          )
        : await tx.query(
            `SELECT r.shift_id, r.radius_km, r.state, r.first_wave_at, ${RUN_SHIFT_COLUMNS}
               FROM matching_runs r LEFT JOIN shifts s ON s.id = r.shift_id
              WHERE r.shift_id = ANY($1::uuid[]) ORDER BY r.shift_id FOR UPDATE OF r`,
            [ids],
          );
    const live = runs.filter((r) => r.state !== 'done' && (wave > 1 || r.first_wave_at === null));
    if (live.length === 0) return [];
    const shifts = new Map(live.map((run) => [run.shift_id, run]));

    const wanted = new Map<string, number>();
    for (const run of live) {
      if (run.status !== 'open') {
        await tx.query(
          `UPDATE matching_runs SET state = 'done', updated_at = now() WHERE shift_id = $1`,
          [run.shift_id],
        );
        continue;
      }
      const size = waveSize(seatsOpen(run), run.pending, this.config.WAVE_SIZE_FACTOR);
      if (size > 0) wanted.set(run.shift_id, size);
    }
    if (wanted.size === 0) return [];

    // In a batch a worker can go to only one shift: look a little deeper than one shift needs.
    const depth = [...wanted.values()].reduce((a, b) => a + b, 0);
    const searches = new Map<string, WideningSearch>();
    const planned: PlanShift[] = [];
    for (const run of live) {
      const slots = wanted.get(run.shift_id);
      if (!slots) continue;
      const search = await this.candidates.widen(
        this.candidates.forMatching(run),
        radiusSteps(run.radius_km, this.config.RADIUS_GROWTH, this.config.MATCH_RADIUS_MAX_KM),
        slots,
        depth,
        tx,
      );
      searches.set(run.shift_id, search);
      planned.push({
        shiftId: run.shift_id,
        slots,
        candidates: search.candidates.map((c) => ({ workerId: c.workerId, score: c.score.total })),
      });
    }
    const plan = planFirstWaves(planned, planned.length > 1 ? strategy : 'greedy');

    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.OFFER_TTL_SECONDS * 1000);
    const source = wave === 1 && planned.length > 1 ? 'batch' : 'wave';
    const made: WaveExpiry[] = [];
    for (const [shiftId, search] of searches) {
      const byWorker = new Map(search.candidates.map((c) => [c.workerId, c]));
      const chosen = (plan.get(shiftId) ?? []).map((p) => byWorker.get(p.workerId)!);
      const offerIds = await this.insertOffers(tx, shifts.get(shiftId)!, chosen, {
        wave,
        source,
        now,
        expiresAt,
      });
      if (offerIds.length) made.push({ shiftId, wave, offerIds, expiresAt });
      await tx.query(
        `UPDATE matching_runs SET radius_km = $2, state = $3, first_wave_at = COALESCE(first_wave_at, $4),
                updated_at = now() WHERE shift_id = $1`,
        [shiftId, search.radiusKm, search.exhausted ? 'exhausted' : 'running', now],
      );
    }
    return made;
  }

  private async insertOffers(
    tx: EntityManager,
    shift: RunRow,
    chosen: RankedCandidate[],
    o: { wave: number; source: string; now: Date; expiresAt: Date },
  ): Promise<string[]> {
    if (chosen.length === 0) return [];
    const inserted = await insertWaveOffers(tx, shift.shift_id, chosen, o);
    const order = new Map(chosen.map((c, i) => [c.workerId, i]));
    inserted.sort((a, b) => order.get(a.worker_id)! - order.get(b.worker_id)!);
    const events: DomainEvent[] = inserted.map((row) =>
      offerCreated(
        {
          id: row.id,
          workerId: row.worker_id,
          expiresAt: o.expiresAt,
          distanceKm: row.distance_km,
        },
        offeredShift(shift),
      ),
    );
    await recordEvents(tx, events);
    return inserted.map((row) => row.id);
  }

  /** Pending offers whose expiry is older than `before` (the sweep's safety net). */
  overdueOffers(before: Date): Promise<{ id: string }[]> {
    return this.db.query(
      `SELECT id FROM offers WHERE status = 'pending' AND expires_at < $1 ORDER BY expires_at LIMIT 500`,
      [before],
    );
  }

  /**
   * Expires those of these offers still pending, in one transaction; their
   * `offer.closed` events then trigger the next waves. Returns how many expired.
   */
  async expire(offerIds: string[]): Promise<number> {
    if (offerIds.length === 0) return 0;
    return this.db.transaction(async (tx) => {
      const rows = await expireOffers(tx, offerIds, this.clock.now());
      await recordEvents(
        tx,
        rows.map((row) =>
          offerClosed({ id: row.id, shiftId: row.shift_id, workerId: row.worker_id }, 'expired'),
        ),
      );
      return rows.length;
    });
  }
}
