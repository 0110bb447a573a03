import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions, Processor, Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@app/common';
import { QueueName } from '@app/contracts';
import { ExpireJobData, JobId, JobName, WaveJobData } from './wave-rules';

const SWEEP_SCHEDULER = 'sweep';

/** How long a shift's set of expiry job ids outlives its last job's due time. */
const EXPIRY_INDEX_GRACE_MS = 10 * 60_000;

/** Completed jobs are kept an hour so that re-adding the same job id stays a no-op. */
const KEEP: JobsOptions = {
  removeOnComplete: { age: 3600 },
  removeOnFail: { age: 24 * 3600 },
  attempts: 5,
  backoff: { type: 'exponential', delay: 500 },
};

/** The offers one wave made for one shift. */
export interface WaveExpiry {
  shiftId: string;
  wave: number;
  offerIds: string[];
  expiresAt: Date;
}

/**
 * The BullMQ queue that drives waves, expiries and the minute sweep. BullMQ needs
 * connections of its own (`maxRetriesPerRequest: null`, no ioredis keyPrefix);
 * its `prefix` carries REDIS_PREFIX so test runs and tenants never collide.
 * Connections open lazily: processes that never enqueue never connect.
 */
@Injectable()
export class MatchingQueue implements OnApplicationShutdown {
  private queue?: Queue;
  private expiryIndex?: Redis;
  private readonly connections: Redis[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get prefix(): string {
    return `${this.config.REDIS_PREFIX}:bull`;
  }

  connection(): Redis {
    const redis = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: null });
    this.connections.push(redis);
    return redis;
  }

  private get q(): Queue {
    this.queue ??= new Queue(QueueName.Matching, {
      connection: this.connection(),
      prefix: this.prefix,
      defaultJobOptions: KEEP,
    });
    return this.queue;
  }

  async addWave(data: WaveJobData, delayMs = 0): Promise<void> {
    await this.q.add(JobName.Wave, data, {
      jobId: JobId.wave(data.shiftId, data.wave),
      delay: delayMs,
    });
  }

  /**
   * One expiry job per shift's wave (its offers share their expiry), all in one round
   * trip; job ids dedupe. Each shift's job ids are also kept in a set of its own (sent
   * alongside, not after), so that `dropExpiries` finds them when the shift fills.
   */
  async addExpiries(waves: WaveExpiry[], now: Date): Promise<void> {
    if (waves.length === 0) return;
    const index = this.index.multi();
    for (const { shiftId, offerIds, expiresAt } of waves) {
      const key = this.expiriesKey(shiftId);
      index.sadd(key, JobId.expire(offerIds[0]!));
      // Outlives every job it names; a shift that never fills leaves nothing behind.
      index.pexpireat(key, expiresAt.getTime() + EXPIRY_INDEX_GRACE_MS);
    }
    await Promise.all([
      this.q.addBulk(
        waves.map(({ offerIds, expiresAt }) => ({
          name: JobName.Expire,
          data: { offerIds } satisfies ExpireJobData,
          opts: {
            jobId: JobId.expire(offerIds[0]!),
            delay: Math.max(0, expiresAt.getTime() - now.getTime()),
          },
        })),
      ),
      index.exec(),
    ]);
  }

  /**
   * The shift takes no more offers (filled, cancelled, closed): its waves' expiry jobs
   * would only find offers already revoked, so they go now instead of each costing a
   * transaction when due. A job already running is left to finish (remove refuses it).
   */
  async dropExpiries(shiftId: string): Promise<number> {
    const key = this.expiriesKey(shiftId);
    const jobIds = await this.index.smembers(key);
    if (jobIds.length === 0) return 0;
    const removed = await Promise.all(jobIds.map((id) => this.q.remove(id)));
    await this.index.del(key);
    return removed.reduce((n: number, r) => n + r, 0);
  }

  private get index(): Redis {
    this.expiryIndex ??= this.connection();
    return this.expiryIndex;
  }

  private expiriesKey(shiftId: string): string {
    return `${this.prefix}:expiries:${shiftId}`;
  }

  /** The repeatable minute job (one schedule, however many matchers start). */
  async scheduleSweep(everyMs = 60_000): Promise<void> {
    await this.q.upsertJobScheduler(SWEEP_SCHEDULER, { every: everyMs }, { name: JobName.Sweep });
  }

  /**
   * Puts the minute sweep's schedule back if it is gone (Redis lost its data); one
   * cheap read when it is there. Returns true when it had to be restored.
   */
  async ensureSweep(): Promise<boolean> {
    if (await this.q.getJobScheduler(SWEEP_SCHEDULER)) return false;
    await this.scheduleSweep();
    return true;
  }

  worker(processor: Processor, options: { lockMs: number; concurrency: number }): Worker {
    return new Worker(QueueName.Matching, processor, {
      connection: this.connection(),
      prefix: this.prefix,
      concurrency: options.concurrency,
      // A matcher that dies holding a job loses it after lockMs: another takes it over.
      lockDuration: options.lockMs,
      stalledInterval: Math.max(500, Math.floor(options.lockMs / 2)),
      maxStalledCount: 5,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close().catch(() => undefined);
    for (const c of this.connections) c.disconnect();
  }
}
