import type { PipelineState } from '@app/common';

/** A consumer that has not read the stream for this long is stalled (reads return every ≤ 0.5 s). */
export const STALLED_AFTER_MS = 15_000;

export interface ConsumerFacts {
  /** When the last XREADGROUP returned without an error; undefined before the first. */
  lastReadAt?: number;
  startedAt: number;
  /** Since when the group has been found missing and not yet re-created. */
  groupMissingSince?: number;
  lastError?: string;
  lag?: number;
  pending?: number;
}

/**
 * Whether a stream consumer works, from what it saw: a missing consumer group or no
 * successful read for STALLED_AFTER_MS is a stall, with the reason an operator needs.
 */
export function consumerState(f: ConsumerFacts, now: number): PipelineState {
  const since = f.lastReadAt ?? f.startedAt;
  const lastReadAgeMs = Math.max(0, now - since);
  const base = { lag: f.lag, pending: f.pending, lastReadAgeMs };
  if (f.groupMissingSince !== undefined) {
    return { ...base, ok: false, reason: 'consumer group missing (Redis lost its data?)' };
  }
  if (lastReadAgeMs > STALLED_AFTER_MS) {
    const why = f.lastError ? `: ${f.lastError}` : '';
    return {
      ...base,
      ok: false,
      reason: `no read of the event stream for ${Math.round(lastReadAgeMs / 1000)} s${why}`,
    };
  }
  return { ...base, ok: true };
}

/** XINFO GROUPS' reply (flat field/value arrays) as the named group's lag and pending count. */
export function groupInfo(
  reply: unknown,
  group: string,
): { lag?: number; pending: number } | undefined {
  if (!Array.isArray(reply)) return undefined;
  for (const entry of reply) {
    if (!Array.isArray(entry)) continue;
    const fields: Record<string, unknown> = {};
    for (let i = 0; i + 1 < entry.length; i += 2) fields[String(entry[i])] = entry[i + 1];
    if (fields.name !== group) continue;
    const lag = fields.lag;
    return {
      // Redis leaves lag nil when it cannot tell (after deletions); the metric then skips it.
      lag: typeof lag === 'number' ? lag : undefined,
      pending: Number(fields.pending ?? 0),
    };
  }
  return undefined;
}
