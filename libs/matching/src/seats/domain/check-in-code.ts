import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The rotating check-in code the employer shows on site: 6 digits, an HMAC of the
 * shift id and the time bucket. Nothing is stored; any API process derives the same
 * code. The code of the previous bucket is still accepted so that a code read a
 * moment before it rotates works.
 */
export function checkInCode(secret: string, shiftId: string, bucket: number): string {
  const mac = createHmac('sha256', secret).update(`check-in:${shiftId}:${bucket}`).digest();
  // Dynamic truncation as in HOTP (RFC 4226), so every digit is evenly spread.
  const offset = mac[mac.length - 1]! & 0x0f;
  const value = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 1_000_000).padStart(6, '0');
}

export function bucketOf(now: Date, periodSeconds: number): number {
  return Math.floor(now.getTime() / (periodSeconds * 1000));
}

/** The code for `now` and when it stops being shown (the end of its bucket). */
export function currentCheckInCode(
  secret: string,
  shiftId: string,
  now: Date,
  periodSeconds: number,
): { code: string; expiresAt: Date } {
  const bucket = bucketOf(now, periodSeconds);
  return {
    code: checkInCode(secret, shiftId, bucket),
    expiresAt: new Date((bucket + 1) * periodSeconds * 1000),
  };
}

export function isValidCheckInCode(
  secret: string,
  shiftId: string,
  code: string,
  now: Date,
  periodSeconds: number,
): boolean {
  const bucket = bucketOf(now, periodSeconds);
  return [bucket, bucket - 1].some((b) => {
    const expected = Buffer.from(checkInCode(secret, shiftId, b));
    const given = Buffer.from(code);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
