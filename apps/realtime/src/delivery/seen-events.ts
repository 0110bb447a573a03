/**
 * The eventIds a node delivered recently, in insertion order, forgetting the
 * oldest beyond `size`. Delivery upstream is at least once (a reclaimed entry, a
 * publisher that crashed after XADD), so a node skips an eventId it already sent.
 */
export class SeenEvents {
  private readonly ids = new Set<string>();

  constructor(private readonly size = 10_000) {}

  /** Records `eventId`; false when it was already seen. */
  add(eventId: string): boolean {
    if (this.ids.has(eventId)) return false;
    this.ids.add(eventId);
    if (this.ids.size > this.size) {
      const oldest = this.ids.values().next().value as string;
      this.ids.delete(oldest);
    }
    return true;
  }
}
