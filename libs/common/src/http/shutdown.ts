import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';

/**
 * Graceful shutdown for a process's one app: on SIGTERM/SIGINT stop taking
 * connections, let requests in flight finish and close pools (Nest's
 * onApplicationShutdown hooks), then exit 0. A stuck close is cut off after
 * `graceMs` so an orchestrator's restart is never blocked.
 */
export function exitOnSignals(app: INestApplication, graceMs = 10_000): void {
  const logger = new Logger('Shutdown');
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received: closing`);
    const timer = setTimeout(() => {
      logger.error(`still closing after ${graceMs} ms: exiting anyway`);
      process.exit(1);
    }, graceMs);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while closing');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
