/**
 * Mainland China mobile numbers (11 digits, 13x–19x), the only login identity.
 * Plain functions so the HTTP validation and the admin CLI agree on one rule.
 */
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/**
 * Strips what people type around a number (spaces, dashes, a +86 / 0086 country
 * prefix), so "+86 138-0013-8000" and "13800138000" are the same account.
 * Anything that is not a string is returned unchanged for the validator to refuse.
 */
export function normalizePhone(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const compact = value.replace(/[\s-]/g, '');
  const withoutCountry = compact.replace(/^(\+86|0086)(?=1\d{10}$)/, '');
  return withoutCountry;
}

export function isMainlandMobile(value: unknown): value is string {
  return typeof value === 'string' && MAINLAND_MOBILE.test(value);
}
