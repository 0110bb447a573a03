import { Inject, Injectable, Logger } from '@nestjs/common';
import { DelayedError, Job } from 'bullmq';
import { APP_CONFIG, AppConfig, Clock, IdempotencyStore } from '@app/common';
import { OutboxPublisher } from '@app/events';
import { AssignmentsService } from '../../seats/assignments.service';
import { ShiftProgressService } from '../../seats/shift-progress.service';
import { CreditService } from '@app/credit';
import { WaveRunner } from './wave-runner.service';
import { WaveTriggers } from './wave-triggers.service';
import { ExpireJobData, JobName, WaveJobData } from './wave-rules';

/** Expiry jobs normally fire on time; the sweep only takes offers this late. */
const SWEEP_LATENESS_MS = 5_000;
/** A wave-1 job whose shift another job claimed waits this long for that batch. */
const DEFER_MS = 1_000;

/** What the matcher's BullMQ worker does with each job. */
@Injectable()
export class WaveJobs {
  private readonly logger = new Logger(WaveJobs.name);

  constructor(
    private readonly runner: WaveRunner,
    private readonly triggers: WaveTriggers,
    private readonly assignments: AssignmentsService,
    private readonly progress: ShiftProgressService,
    private readonly credit: CreditService,
    private readonly outbox: OutboxPublisher,
    private readonly idempotency: IdempotencyStore,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  readonly process = async (job: Job, token?: string): Promise<unknown> => {
    switch (job.name) {
      case JobName.Wave:
        return this.wave(job, token);
      case JobName.Expire: {
        const { offerIds, offerId } = job.data as ExpireJobData;
        return this.runner.expire(offerIds ?? (offerId ? [offerId] : []));
      }
      case JobName.Sweep:
        return this.sweep();
      default:
        this.logger.warn(`unknown job ${job.name}`);
        return undefined;
    }
  };

  private async wave(job: Job, token?: string): Promise<number> {
    const { shiftId, wave, deferred } = job.data as WaveJobData & { deferred?: boolean };
    if (wave === 1 && this.config.MATCH_STRATEGY === 'batched' && !deferred) {
      // The first job due takes every shift waiting in the window and plans them jointly.
      const claimed = await this.triggers.claimBatch(shiftId);
      if (claimed.includes(shiftId)) return this.runner.offerWave(claimed, 1, 'batched');
      // Another job claimed this shift: let its batch go first. If that job died, the
      // deferred run sends the first wave alone (first_wave_at stops a second one).
      await job.updateData({ shiftId, wave, deferred: true });
      await job.moveToDelayed(Date.now() + DEFER_MS, token);
      throw new DelayedError();
    }
    return this.runner.offerWave([shiftId], wave, this.config.MATCH_STRATEGY);
  }

  /**
   * Every minute: overdue offers, idle runs, no-shows, shifts that started or ended,
   * credit scores due a refresh (they recover as their events age, clause 十八), and the
   * outbox events and Idempotency-Keys past their keeping time (nothing else deletes them).
   */
  async sweep(): Promise<{
    expired: number;
    restarted: number;
    noShows: number;
    progressed: number;
    rescored: number;
    purgedEvents: number;
    purgedKeys: number;
  }> {
    const now = this.clock.now();
    const overdue: { id: string }[] = await this.runner.overdueOffers(
      new Date(now.getTime() - SWEEP_LATENESS_MS),
    );
    const expired = await this.runner.expire(overdue.map((o) => o.id));
    const restarted = await this.triggers.restartIdleRuns();
    const noShows = await this.assignments.markNoShows(now);
    const progressed = await this.progress.advance(now);
    const rescored = await this.credit.refreshDue();
    const purgedEvents = await this.outbox.purgePublished(this.config.OUTBOX_KEEP_HOURS);
    const purgedKeys = await this.idempotency.purgeOlderThan(this.config.IDEMPOTENCY_KEEP_HOURS);
    return { expired, restarted, noShows, progressed, rescored, purgedEvents, purgedKeys };
  }
}
