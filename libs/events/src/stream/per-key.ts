/**
 * Handles a batch of items keyed by what they are about: items with the same key
 * one after another in batch order, different keys side by side. The matcher's
 * triggers need one shift's events in order, but have no reason to make one
 * shift's trigger wait for another's round trips.
 */
export async function handleInOrderPerKey<T>(
  items: T[],
  keyOf: (item: T) => string,
  handle: (item: T) => Promise<void>,
): Promise<void> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  await Promise.all(
    [...groups.values()].map(async (group) => {
      for (const item of group) await handle(item);
    }),
  );
}
