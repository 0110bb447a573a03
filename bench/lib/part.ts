import type { PartResult } from './report';

/** The bare components measured first in every run; product figures are reported against them. */
export interface Floors {
  redis_rtt_p50_ms: number;
  redis_rtt_p99_ms: number;
  bullmq_noop_jobs_per_s: number;
  bullmq_add_to_handler_p50_ms: number;
  bullmq_add_to_handler_p99_ms: number;
  pg_commit_p50_ms: number;
  pg_commit_p99_ms: number;
  seat_update_per_s: number;
  chain_p50_ms: number;
  chain_p99_ms: number;
  claim_http_cpu_ms: number;
  claim_http_per_s: number;
}

export interface PartOptions {
  /** bench:quick — a reduced version of each part, the whole run under two minutes. */
  quick: boolean;
  /** From the floors part (empty while the floors part itself runs). */
  floors: Partial<Floors>;
  log: (message: string) => void;
}

export type Part = (options: PartOptions) => Promise<PartResult>;
