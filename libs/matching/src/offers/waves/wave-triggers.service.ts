import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, REDIS } from '@app/common';
import type { StreamEvent } from '@app/events';
import { MatchingQueue } from './matching-queue';
import { WaveRunner } from './wave-runner.service';
import { mayStartMatching, takesNoMoreOffers, triggersNextWave } from './wave-rules';

/** Redis set (under REDIS_PREFIX) of shifts whose first wave waits for the batch window. */
export const FIRST_WAVE_BATCH_KEY = 'matching:first-waves';

const CLAIM_BATCH_LUA = `
  if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 0 then return {} end
  local shifts = redis.call('SMEMBERS', KEYS[1])
  redis.call('DEL', KEYS[1])
  return shifts`;

/**
 * Turns published events into wave jobs. Events arrive at least once and, with
 * several publishers, not strictly in order, so:
 * - a shift starts matching once: its matching_runs row is inserted ON CONFLICT
 *   DO NOTHING;
 * - the wave counter moves only for an event newer than the one that moved it
 *   last (last_event_id), so a redelivered event never adds a wave; a redelivery
 *   of the very event that moved it re-adds the same job id, in case the first
 *   delivery died between the update and the enqueue.
 * A trigger lost to reordering is caught by the minute sweep.
 */
@Injectable()
export class WaveTriggers {
  constructor(
    private readonly db: DataSource,
    private readonly queue: MatchingQueue,
    private readonly runner: WaveRunner,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(event: StreamEvent): Promise<void> {
    const data = event.data as {
      shiftId?: string;
      status?: string;
      filled?: number;
      headcount?: number;
      reason?: string;
      instant?: boolean;
    };
    if (!data.shiftId) return;
    if (event.type === 'shift.updated' && mayStartMatching(data)) {
      if (data.instant === false) return;
      // A new instant shift says so: its first wave is queued without a read, and the
      // wave creates its run. Other events (a seat given back, a review approved) check.
      if (data.instant === true) await this.enqueueFirstWave(data.shiftId);
      else await this.start(data.shiftId, event.eventId);
    } else if (event.type === 'shift.updated' && takesNoMoreOffers(data)) {
      await this.queue.dropExpiries(data.shiftId);
    } else if (triggersNextWave(event.type, data)) {
      await this.next(data.shiftId, event.eventId);
    }
  }

  private async start(shiftId: string, eventId: string): Promise<void> {
    const [shift] = await this.db.query(
      `SELECT instant, status, filled FROM shifts WHERE id = $1`,
      [shiftId],
    );
    if (!shift?.instant || shift.status !== 'open' || shift.filled !== 0) return;
    const inserted: unknown[] = await this.db.query(
      `INSERT INTO matching_runs (shift_id, wave, radius_km, last_event_id) VALUES ($1, 1, $2, $3)
       ON CONFLICT (shift_id) DO NOTHING RETURNING shift_id`,
      [shiftId, this.config.MATCH_RADIUS_KM, eventId],
    );
    if (inserted.length === 0) {
      const [run] = await this.db.query(
        `SELECT wave, last_event_id::text AS last FROM matching_runs WHERE shift_id = $1`,
        [shiftId],
      );
      if (!(run?.wave === 1 && run.last === eventId)) return;
    }
    await this.enqueueFirstWave(shiftId);
  }

  private async enqueueFirstWave(shiftId: string): Promise<void> {
    if (this.config.MATCH_STRATEGY === 'batched' && this.config.BATCH_WINDOW_MS > 0) {
      // Wait for the window: shifts posted meanwhile are planned together.
      await this.redis.sadd(FIRST_WAVE_BATCH_KEY, shiftId);
      await this.queue.addWave({ shiftId, wave: 1 }, this.config.BATCH_WINDOW_MS);
    } else {
      // Nothing to wait for: the first wave runs here, in the event's handler, instead of
      // through a job (a job's add, fetch and completion are most of the matcher's cost
      // of a post). A matcher that dies mid-wave leaves the event unacknowledged; another
      // takes it over and runs the wave again, which is safe to repeat (first_wave_at).
      await this.runner.offerWave([shiftId], 1, this.config.MATCH_STRATEGY);
    }
  }

  private async next(shiftId: string, eventId: string): Promise<void> {
    const [rows]: [{ wave: number }[]] = await this.db.query(
      `UPDATE matching_runs SET wave = wave + 1, last_event_id = $2, updated_at = now()
        WHERE shift_id = $1 AND last_event_id < $2 AND state <> 'done' RETURNING wave`,
      [shiftId, eventId],
    );
    let wave = rows[0]?.wave;
    if (wave === undefined) {
      const [run] = await this.db.query(
        `SELECT wave, state, last_event_id::text AS last FROM matching_runs WHERE shift_id = $1`,
        [shiftId],
      );
      if (!run || run.state === 'done' || run.last !== eventId) return;
      wave = run.wave as number;
    }
    await this.queue.addWave({ shiftId, wave });
  }

  /**
   * Takes every shift waiting in the batch window, atomically, but only when `ownShiftId`
   * is still among them: each shift is claimed by one job, and a job whose shift an
   * earlier job already took leaves the set alone (emptying it would strand the shifts
   * that arrived since, which then wait a deferral and go out alone, found by the
   * quality benchmark's simulation).
   */
  async claimBatch(ownShiftId: string): Promise<string[]> {
    const claimed = (await this.redis.eval(
      CLAIM_BATCH_LUA,
      1,
      FIRST_WAVE_BATCH_KEY,
      ownShiftId,
    )) as string[] | null;
    return claimed ?? [];
  }

  /**
   * Safety net: a running shift with seats open, no pending offer and no wave for a
   * minute (a trigger lost to reordering or a crash) gets its next wave.
   */
  async restartIdleRuns(idleSeconds = 60): Promise<number> {
    const [rows]: [{ shift_id: string; wave: number }[]] = await this.db.query(
      `UPDATE matching_runs r SET wave = r.wave + 1, updated_at = now()
         FROM shifts s
        WHERE s.id = r.shift_id AND r.state <> 'done' AND s.status = 'open' AND s.filled < s.headcount
          AND r.first_wave_at IS NOT NULL AND r.updated_at < now() - make_interval(secs => $1)
          AND NOT EXISTS (SELECT 1 FROM offers o WHERE o.shift_id = r.shift_id AND o.status = 'pending')
        RETURNING r.shift_id, r.wave`,
      [idleSeconds],
    );
    for (const row of rows) await this.queue.addWave({ shiftId: row.shift_id, wave: row.wave });
    return rows.length;
  }
}
