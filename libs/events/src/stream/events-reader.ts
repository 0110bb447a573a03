import Redis from 'ioredis';
import { EVENTS_STREAM } from '@app/contracts';
import { fromStreamEntry, StreamEvent } from './stream-entry';

type Entries = [string, string[]][];

/**
 * Reads the published event stream directly (tests, tools, until the realtime
 * gateway exists). `redis` is a client with the process's key prefix applied.
 */
export class EventsReader {
  constructor(private readonly redis: Redis) {}

  /** Every event in the stream after Redis entry id `after` (exclusive), oldest first. */
  async range(after = '-'): Promise<StreamEvent[]> {
    const start = after === '-' ? '-' : `(${after}`;
    const entries = (await this.redis.xrange(EVENTS_STREAM, start, '+')) as Entries;
    return entries.map(([id, fields]) => fromStreamEntry(id, fields));
  }

  /**
   * Resolves with the first events (from the start of the stream) for which
   * `predicate` holds `count` times, blocking on XREAD instead of sleeping.
   */
  async waitFor(
    predicate: (event: StreamEvent) => boolean,
    { count = 1, timeoutMs = 15_000 }: { count?: number; timeoutMs?: number } = {},
  ): Promise<StreamEvent[]> {
    const deadline = Date.now() + timeoutMs;
    const found: StreamEvent[] = [];
    let last = '0';
    const blocking = this.redis.duplicate();
    try {
      while (Date.now() < deadline) {
        const reply = (await blocking.xread(
          'COUNT',
          500,
          'BLOCK',
          Math.max(1, Math.min(1000, deadline - Date.now())),
          'STREAMS',
          EVENTS_STREAM,
          last,
        )) as [string, Entries][] | null;
        for (const [id, fields] of reply?.[0]?.[1] ?? []) {
          last = id;
          const event = fromStreamEntry(id, fields);
          if (predicate(event)) found.push(event);
          if (found.length >= count) return found;
        }
      }
    } finally {
      blocking.disconnect();
    }
    throw new Error(`timed out waiting for ${count} event(s); saw ${found.length}`);
  }
}
