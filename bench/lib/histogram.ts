import * as hdr from 'hdr-histogram-js';

/** Latency percentiles in milliseconds, recorded in microseconds by an HDR histogram. */
export class Latency {
  private readonly h = hdr.build({
    bitBucketSize: 64,
    lowestDiscernibleValue: 1,
    highestTrackableValue: 600_000_000, // 10 minutes in µs
    numberOfSignificantValueDigits: 3,
    useWebAssembly: false,
  });

  recordMs(ms: number): void {
    this.h.recordValue(Math.max(1, Math.round(ms * 1000)));
  }

  get count(): number {
    return this.h.totalCount;
  }

  /** p in 0…100 → milliseconds. */
  p(percentile: number): number {
    return this.h.getValueAtPercentile(percentile) / 1000;
  }

  summary(): LatencySummary {
    return {
      count: this.count,
      p50: round(this.p(50)),
      p95: round(this.p(95)),
      p99: round(this.p(99)),
      max: round(this.h.maxValue / 1000),
    };
  }
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export const round = (x: number, digits = 2) => Number(x.toFixed(digits));

/** High-resolution now in milliseconds. */
export const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
