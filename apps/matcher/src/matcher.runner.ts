import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import type { Worker } from 'bullmq';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig, createRedis, PipelineHealth } from '@app/common';
import { MatchingQueue, WaveJobs, WaveTriggers } from '@app/matching';
import { EventsConsumer, handleInOrderPerKey, OutboxPublisher } from '@app/events';

/** The consumer group of matchers on the event stream: each event reaches one matcher. */
export const MATCHER_GROUP = 'matcher';

/** How often the matcher checks that the minute sweep's schedule still exists (one read). */
const SCHEDULE_CHECK_MS = 10_000;
/** After Redis lost its data, events published this recently are sent again. */
const REPUBLISH_AFTER_LOSS_SECONDS = 60;

/**
 * Runs the matcher's three loops: the outbox publisher (outbox → stream), the
 * stream consumer (events → wave jobs) and the BullMQ worker (waves, expiries, the
 * minute sweep). Any number of matchers may run; on shutdown each stops taking
 * work and finishes what it holds.
 */
@Injectable()
export class MatcherRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MatcherRunner.name);
  private consumer?: EventsConsumer;
  private consumerRedis?: Redis;
  private worker?: Worker;
  private scheduleTimer?: NodeJS.Timeout;
  private scheduleProblem?: string;

  constructor(
    private readonly publisher: OutboxPublisher,
    private readonly queue: MatchingQueue,
    private readonly triggers: WaveTriggers,
    private readonly jobs: WaveJobs,
    private readonly pipeline: PipelineHealth,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.worker = this.queue.worker(this.jobs.process, {
      lockMs: this.config.MATCHER_LOCK_MS,
      concurrency: 4,
    });
    this.worker.on('failed', (job, error) =>
      this.logger.warn(
        `job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? 0}): ${error.message}`,
      ),
    );
    await this.worker.waitUntilReady();
    await this.queue.scheduleSweep();
    this.consumerRedis = createRedis(this.config);
    this.consumer = new EventsConsumer(this.consumerRedis, {
      group: MATCHER_GROUP,
      claimIdleMs: this.config.MATCHER_LOCK_MS,
      // One shift's events in order; different shifts' triggers side by side.
      handle: (events) =>
        handleInOrderPerKey(
          events,
          (event) => (event.data as { shiftId?: string }).shiftId ?? event.eventId,
          (event) => this.triggers.handle(event),
        ),
      // Redis lost its data: the sweep's schedule went with the group, and events
      // published just before the loss may never have been read.
      onGroupRecreated: async () => {
        await this.ensureSchedules();
        const again = await this.publisher.republishRecent(REPUBLISH_AFTER_LOSS_SECONDS);
        if (again) this.logger.warn(`re-published ${again} recent events after the loss`);
      },
    });
    await this.consumer.start();
    const consumer = this.consumer;
    this.pipeline.register({ name: `events:${MATCHER_GROUP}`, state: () => consumer.state() });
    this.pipeline.register({
      name: 'schedule:sweep',
      state: () =>
        this.scheduleProblem ? { ok: false, reason: this.scheduleProblem } : { ok: true },
    });
    this.scheduleTimer = setInterval(() => void this.ensureSchedules(), SCHEDULE_CHECK_MS);
    await this.publisher.start();
    this.logger.log(
      `matching with strategy ${this.config.MATCH_STRATEGY} as ${this.consumer.name}`,
    );
  }

  /** Restores the minute sweep's schedule when Redis lost it. */
  private async ensureSchedules(): Promise<void> {
    try {
      if (await this.queue.ensureSweep()) {
        this.logger.warn('the minute sweep schedule was missing (Redis lost its data?): restored');
      }
      this.scheduleProblem = undefined;
    } catch (error) {
      this.scheduleProblem = `cannot check the minute sweep schedule: ${String(error)}`;
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.scheduleTimer) clearInterval(this.scheduleTimer);
    await this.publisher.stop();
    await this.consumer?.stop();
    await this.worker?.close();
    this.consumerRedis?.disconnect();
  }
}
