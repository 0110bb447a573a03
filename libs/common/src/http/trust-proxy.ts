/**
 * TRUST_PROXY as Fastify's trustProxy option: which X-Forwarded-For hops to believe
 * when deciding a request's client IP (what per-IP rate limits count). Empty believes
 * none, so a client cannot pick its own IP by sending the header.
 */
export function trustProxyOption(value: string): boolean | number | string[] {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === 'false') return false;
  if (trimmed === 'true') return true;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
