import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import {
  APP_CONFIG,
  type AppConfig,
  assertServiceLocation,
  Clock,
  type LatLng,
  REDIS,
} from '@app/common';
import { toShanghaiIso, WorkersService } from '@app/listings';
import { PresenceIndex, type NearbyWorker } from './presence-index';
import type { PresenceDto, PresenceView } from './presence.dto';

/**
 * Who is online for matching. The HTTP endpoint and (later) the socket gateway's
 * heartbeat both land here, so both keep the same index fresh.
 */
@Injectable()
export class PresenceService {
  private readonly index: PresenceIndex;

  constructor(
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
    private readonly workers: WorkersService,
  ) {
    this.index = new PresenceIndex(redis, config.PRESENCE_TTL_SECONDS);
  }

  /** POST /workers/me/presence: only a worker with a profile can be matched, so only they go online. */
  async set(workerId: string, dto: PresenceDto): Promise<PresenceView> {
    if (!dto.online) {
      await this.goOffline(workerId);
      return { online: false, expiresAt: null };
    }
    await this.workers.requireProfile(workerId);
    const expiresAt = await this.heartbeat(workerId, dto.location!);
    return { online: true, expiresAt: toShanghaiIso(expiresAt) };
  }

  /**
   * A heartbeat: puts the worker at `location` and keeps them online for another
   * TTL. The socket gateway calls this every ~30 s without re-checking the profile;
   * candidate search joins worker_profiles anyway. A point outside the service
   * area (a phone at 0,0) is refused here, so HTTP and socket refuse it alike.
   */
  async heartbeat(workerId: string, location: LatLng): Promise<Date> {
    assertServiceLocation(location);
    return this.index.markOnline(workerId, location, this.clock.now());
  }

  goOffline(workerId: string): Promise<void> {
    return this.index.markOffline(workerId);
  }

  /** Removes workers whose heartbeats stopped before `now` − TTL. Lookups do this themselves. */
  prune(now: Date = this.clock.now()): Promise<number> {
    return this.index.prune(now);
  }

  /** When this worker's presence runs out; null when offline. */
  expiresAt(workerId: string): Promise<Date | null> {
    return this.index.expiresAt(workerId, this.clock.now());
  }

  position(workerId: string): Promise<LatLng | null> {
    return this.index.position(workerId, this.clock.now());
  }

  /** Online workers within `radiusKm` of `centre`, nearest first, at most `limit`. */
  nearby(centre: LatLng, radiusKm: number, limit?: number): Promise<NearbyWorker[]> {
    return this.index.nearby(centre, radiusKm, this.clock.now(), limit);
  }
}
