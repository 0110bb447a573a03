import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, AppConfig, REDIS } from '@app/common';
import { AuthKeys, SessionEndedNotice, SessionEndReason } from './session-notices';

/** Slack for clocks that differ between the node that signed a token and the one checking it. */
const CLOCK_SKEW_SECONDS = 30;

/**
 * Ends sessions at once: marks each revoked in Redis for as long as one of its access
 * tokens could still be unexpired (the guard and the socket handshake refuse it), and
 * tells every realtime node to disconnect the sockets of it.
 */
@Injectable()
export class SessionRevocations {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async revoke(sessionIds: string[], reason: SessionEndReason): Promise<void> {
    if (sessionIds.length === 0) return;
    const ttl = this.config.JWT_ACCESS_TTL_SECONDS + CLOCK_SKEW_SECONDS;
    const batch = this.redis.multi();
    for (const id of sessionIds) batch.set(AuthKeys.revoked(id), reason, 'EX', ttl);
    await batch.exec();
    await this.publish({ sessionIds, reason });
  }

  /** Every socket of the user ends (the account-level check refuses their tokens already). */
  endUser(userId: string, reason: SessionEndReason): Promise<void> {
    return this.publish({ userId, reason });
  }

  private async publish(notice: SessionEndedNotice): Promise<void> {
    await this.redis.publish(AuthKeys.channel(this.config.REDIS_PREFIX), JSON.stringify(notice));
  }
}
