import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, AppConfig, REDIS } from '@app/common';

/** A node renews its sockets' entries this often; an entry not renewed for LEASE_MS (a dead node's) stops counting. */
export const CAP_RENEW_MS = 20_000;
const LEASE_MS = 60_000;

/**
 * KEYS[1] the user's sorted set (member: socket id, score: lease end in Redis's ms).
 * ARGV: socket id, cap, lease ms. Drops lapsed entries, then admits the socket when it
 * is already counted (a renewal or a recovered socket) or there is room. Redis's own
 * TIME, so nodes with different clocks agree.
 */
const CLAIM = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  return 0
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
return 1`;

type CapRedis = Redis & {
  claimSocket(key: string, socketId: string, cap: number, leaseMs: number): Promise<number>;
};

/**
 * Caps the open sockets of one user across every realtime node
 * (REALTIME_MAX_SOCKETS_PER_USER): a sorted set per user in Redis, one leased entry
 * per socket, renewed by the node that holds it, removed when it disconnects.
 */
@Injectable()
export class ConnectionCap {
  private readonly redis: CapRedis;

  constructor(
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    if (!('claimSocket' in redis))
      redis.defineCommand('claimSocket', { numberOfKeys: 1, lua: CLAIM });
    this.redis = redis as CapRedis;
  }

  /** True when the socket may stay (counted now); false when the user is at the cap. */
  async claim(userId: string, socketId: string): Promise<boolean> {
    const cap = this.config.REALTIME_MAX_SOCKETS_PER_USER;
    return (await this.redis.claimSocket(key(userId), socketId, cap, LEASE_MS)) === 1;
  }

  /** Keeps this node's sockets counted (they were admitted, so the cap is not re-applied). */
  async renew(sockets: { userId: string; socketId: string }[]): Promise<void> {
    if (sockets.length === 0) return;
    const batch = this.redis.pipeline();
    for (const s of sockets) {
      (batch as unknown as CapRedis).claimSocket(key(s.userId), s.socketId, 1_000_000, LEASE_MS);
    }
    await batch.exec();
  }

  async release(userId: string, socketId: string): Promise<void> {
    await this.redis.zrem(key(userId), socketId);
  }
}

const key = (userId: string) => `sockets:user:${userId}`;
