import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram } from 'prom-client';
import { MetricsService } from '@app/common';

/** The gateway's own series on /metrics, next to the HTTP and process ones. */
@Injectable()
export class RealtimeMetrics {
  readonly sockets: Gauge<'kind'>;
  readonly emitted: Counter<'type'>;
  readonly lag: Histogram;

  constructor(metrics: MetricsService) {
    const registers = [metrics.registry];
    this.sockets = new Gauge({
      name: 'realtime_connected_sockets',
      help: 'Sockets connected to this node, by kind (worker, employer, board, other)',
      labelNames: ['kind'] as const,
      registers,
    });
    this.emitted = new Counter({
      name: 'realtime_events_emitted_total',
      help: 'Events this node emitted to rooms (live delivery and replays), by type',
      labelNames: ['type'] as const,
      registers,
    });
    this.lag = new Histogram({
      name: 'realtime_delivery_lag_seconds',
      help: 'From an event being recorded (its `at`) to this node emitting it live',
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
  }
}
