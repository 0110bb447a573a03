import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AuthKeys, type SessionEndedNotice } from '@app/accounts';
import { APP_CONFIG, AppConfig } from '@app/common';

/**
 * Hears the API's "sessions ended" notices (logout, revocation, suspension) on a
 * Redis pub/sub channel of its own connection. A notice missed while Redis is away
 * costs little: the token's expiry timer still ends the socket, and any reconnect is
 * checked against the revocation marks.
 */
@Injectable()
export class SessionListener implements OnApplicationShutdown {
  private readonly logger = new Logger(SessionListener.name);
  private subscriber?: Redis;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async start(handle: (notice: SessionEndedNotice) => void): Promise<void> {
    const channel = AuthKeys.channel(this.config.REDIS_PREFIX);
    this.subscriber = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: null });
    this.subscriber.on('message', (from: string, message: string) => {
      if (from !== channel) return;
      try {
        handle(JSON.parse(message) as SessionEndedNotice);
      } catch (error) {
        this.logger.warn(`bad session notice: ${String(error)}`);
      }
    });
    await this.subscriber.subscribe(channel);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }
}
