import type Redis from 'ioredis';
import { distanceKm, type LatLng } from '@app/common';

/**
 * The candidate index in Redis: who is online and where.
 *
 * - `presence:geo`  GEO set, member = worker id, at the last reported position;
 * - `presence:seen` sorted set, score = the Clock's time of the last heartbeat (ms);
 * - `presence:hb:<id>` the heartbeat record, expiring PRESENCE_TTL_SECONDS after it.
 *
 * A member of the GEO set counts only while its last-seen time is within the TTL.
 * Lookups first prune members whose heartbeats stopped, atomically (a Lua script),
 * so a heartbeat that lands during a prune is never thrown away. Staleness is
 * judged by the Clock, not by Redis' own TTL, so tests can move time without sleeping;
 * the per-worker record's Redis TTL is a backstop for anyone reading one worker.
 * Keys are written unprefixed: the client adds REDIS_PREFIX.
 */
export const PRESENCE_KEYS = {
  geo: 'presence:geo',
  seen: 'presence:seen',
  heartbeat: (workerId: string) => `presence:hb:${workerId}`,
} as const;

const PRUNE_SCRIPT = `
local stale = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
for i = 1, #stale, 500 do
  local chunk = {}
  for j = i, math.min(i + 499, #stale) do chunk[#chunk + 1] = stale[j] end
  redis.call('ZREM', KEYS[1], unpack(chunk))
  redis.call('ZREM', KEYS[2], unpack(chunk))
end
return #stale`;

export interface NearbyWorker {
  workerId: string;
  distanceKm: number;
  location: LatLng;
}

export class PresenceIndex {
  constructor(
    private readonly redis: Redis,
    private readonly ttlSeconds: number,
  ) {}

  async markOnline(workerId: string, location: LatLng, now: Date): Promise<Date> {
    const expiresAt = new Date(now.getTime() + this.ttlSeconds * 1000);
    await this.redis
      .multi()
      .geoadd(PRESENCE_KEYS.geo, location.lng, location.lat, workerId)
      .zadd(PRESENCE_KEYS.seen, now.getTime(), workerId)
      .set(PRESENCE_KEYS.heartbeat(workerId), expiresAt.toISOString(), 'EX', this.ttlSeconds)
      .exec();
    return expiresAt;
  }

  async markOffline(workerId: string): Promise<void> {
    await this.redis
      .multi()
      .zrem(PRESENCE_KEYS.geo, workerId)
      .zrem(PRESENCE_KEYS.seen, workerId)
      .del(PRESENCE_KEYS.heartbeat(workerId))
      .exec();
  }

  /** Drops every worker whose last heartbeat is older than the TTL at `now`; returns how many. */
  async prune(now: Date): Promise<number> {
    const cutoff = now.getTime() - this.ttlSeconds * 1000;
    // "(" makes the bound exclusive: a heartbeat exactly TTL ago is still live.
    const removed = await this.redis.eval(
      PRUNE_SCRIPT,
      2,
      PRESENCE_KEYS.seen,
      PRESENCE_KEYS.geo,
      `(${cutoff}`,
    );
    return Number(removed);
  }

  /** When the worker's presence runs out, or null when they are not online at `now`. */
  async expiresAt(workerId: string, now: Date): Promise<Date | null> {
    const seen = await this.redis.zscore(PRESENCE_KEYS.seen, workerId);
    if (seen === null) return null;
    const expires = Number(seen) + this.ttlSeconds * 1000;
    return expires >= now.getTime() ? new Date(expires) : null;
  }

  /** The position of an online worker, or null. */
  async position(workerId: string, now: Date): Promise<LatLng | null> {
    if (!(await this.expiresAt(workerId, now))) return null;
    const [pos] = await this.redis.geopos(PRESENCE_KEYS.geo, workerId);
    return pos ? { lng: Number(pos[0]), lat: Number(pos[1]) } : null;
  }

  /**
   * Online workers within `radiusKm` of `centre`, nearest first, at most `limit` of
   * them (Redis stops sorting there). Distances are recomputed on earthdistance's
   * sphere so they agree with the SQL side.
   */
  async nearby(
    centre: LatLng,
    radiusKm: number,
    now: Date,
    limit = Number.MAX_SAFE_INTEGER,
  ): Promise<NearbyWorker[]> {
    await this.prune(now);
    const rows = (await this.redis.geosearch(
      PRESENCE_KEYS.geo,
      'FROMLONLAT',
      centre.lng,
      centre.lat,
      'BYRADIUS',
      radiusKm,
      'km',
      'ASC',
      'COUNT',
      Math.max(1, Math.min(limit, 1_000_000)),
      'WITHCOORD',
    )) as [string, [string, string]][];
    return rows
      .map(([workerId, [lng, lat]]) => {
        const location = { lat: Number(lat), lng: Number(lng) };
        return { workerId, location, distanceKm: distanceKm(centre, location) };
      })
      .filter((w) => w.distanceKm <= radiusKm);
  }
}
