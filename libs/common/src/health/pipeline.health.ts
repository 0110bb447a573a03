import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Gauge } from 'prom-client';
import { MetricsService } from '../metrics/metrics.service';

/** What a stage of the event pipeline (a stream consumer, a job schedule) says of itself. */
export interface PipelineState {
  ok: boolean;
  /** Why it is not ok, for the operator reading /health. */
  reason?: string;
  /** Stream entries not yet delivered to the consumer group (XINFO GROUPS `lag`). */
  lag?: number;
  /** Entries read but not acknowledged yet. */
  pending?: number;
  /** Milliseconds since the last successful read. */
  lastReadAgeMs?: number;
}

export interface PipelineProbe {
  /** e.g. "events:matcher" — the stage and its consumer group. */
  name: string;
  state(): PipelineState;
}

/**
 * The processes' event pipeline as /health and /metrics see it. A process registers
 * its stages (stream consumers, job schedules); /health is not ok while one of them
 * stalls — Redis answering PONG is not enough when its data was lost — and the
 * consumer lag is exported for alerts. A process with no stages (the API) is unaffected.
 */
@Injectable()
export class PipelineHealth {
  private readonly probes = new Map<string, PipelineProbe>();

  constructor(
    private readonly health: HealthIndicatorService,
    metrics: MetricsService,
  ) {
    const probes = this.probes;
    new Gauge({
      name: 'events_consumer_lag',
      help: 'Event stream entries not yet read by the consumer group (XINFO GROUPS lag)',
      labelNames: ['stage'] as const,
      registers: [metrics.registry],
      collect() {
        for (const p of probes.values()) {
          const { lag } = p.state();
          if (lag !== undefined) this.set({ stage: p.name }, lag);
        }
      },
    });
    new Gauge({
      name: 'events_consumer_pending',
      help: 'Event stream entries read by the consumer group but not acknowledged',
      labelNames: ['stage'] as const,
      registers: [metrics.registry],
      collect() {
        for (const p of probes.values()) {
          const { pending } = p.state();
          if (pending !== undefined) this.set({ stage: p.name }, pending);
        }
      },
    });
    new Gauge({
      name: 'events_consumer_last_read_age_seconds',
      help: 'Seconds since the consumer last read the event stream successfully',
      labelNames: ['stage'] as const,
      registers: [metrics.registry],
      collect() {
        for (const p of probes.values()) {
          const { lastReadAgeMs } = p.state();
          if (lastReadAgeMs !== undefined) this.set({ stage: p.name }, lastReadAgeMs / 1000);
        }
      },
    });
    new Gauge({
      name: 'pipeline_stage_ok',
      help: '1 while a pipeline stage works, 0 while it is stalled',
      labelNames: ['stage'] as const,
      registers: [metrics.registry],
      collect() {
        for (const p of probes.values()) this.set({ stage: p.name }, p.state().ok ? 1 : 0);
      },
    });
  }

  register(probe: PipelineProbe): void {
    this.probes.set(probe.name, probe);
  }

  unregister(name: string): void {
    this.probes.delete(name);
  }

  get watched(): boolean {
    return this.probes.size > 0;
  }

  /** The terminus indicator: down, with each stalled stage's reason, while any stage stalls. */
  check(key = 'pipeline') {
    const indicator = this.health.check(key);
    const stages: Record<string, PipelineState> = {};
    for (const p of this.probes.values()) stages[p.name] = p.state();
    const stalled = Object.entries(stages).filter(([, s]) => !s.ok);
    if (stalled.length === 0) return indicator.up({ stages });
    return indicator.down({
      message: stalled.map(([name, s]) => `${name}: ${s.reason ?? 'stalled'}`).join('; '),
      stages,
    });
  }
}
