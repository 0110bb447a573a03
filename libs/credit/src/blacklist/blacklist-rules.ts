/** Whether a blacklist entry blocks now: not lifted, and indefinite or not yet past `until`. */
export function isActive(entry: { until: Date | null; liftedAt: Date | null }, now: Date): boolean {
  if (entry.liftedAt) return false;
  return entry.until === null || entry.until.getTime() > now.getTime();
}

/**
 * The same test as SQL, for the candidate facts and lists; `$now` is the Clock's now,
 * so tests that move the clock see an entry expire.
 */
export const activeBlacklistSql = (alias: string, now: string) =>
  `${alias}.lifted_at IS NULL AND (${alias}.until IS NULL OR ${alias}.until > ${now})`;
