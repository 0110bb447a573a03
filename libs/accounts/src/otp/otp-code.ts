import { createHmac, randomInt } from 'node:crypto';

/** A 6-digit code from the CSPRNG; leading zeros are kept ("004217"). */
export function generateCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * What Redis stores instead of the code. Keyed by a server secret, so a Redis
 * dump does not let anyone brute-force the million codes offline, and bound to
 * the phone, so a stored hash is worthless for any other number.
 */
export function hashCode(secret: string, phone: string, code: string): string {
  return createHmac('sha256', secret).update(`otp:v1:${phone}:${code}`).digest('hex');
}

/**
 * The Redis key part for a phone: a keyed hash, so that keys listed from Redis
 * (KEYS, MONITOR, a dump) do not reveal phone numbers.
 */
export function phoneKey(secret: string, phone: string): string {
  return createHmac('sha256', secret).update(`phone:v1:${phone}`).digest('hex').slice(0, 32);
}

export type VerifyOutcome = 'ok' | 'wrong' | 'burned' | 'missing';

/**
 * Checks a code against the stored hash in one atomic step: a match deletes the
 * code (single use, so two concurrent logins cannot both pass); a miss counts an
 * attempt, and the attempt that reaches the limit burns the code. A burned code
 * leaves its counter behind until it expires, so later tries still say "burned".
 * Plain string equality is fine here: both sides are HMACs the caller cannot steer.
 * KEYS[1] code hash key; ARGV[1] presented hash; ARGV[2] max attempts.
 */
export const VERIFY_CODE_LUA = `
local stored = redis.call('HGET', KEYS[1], 'h')
if not stored then
  if redis.call('EXISTS', KEYS[1]) == 1 then return 'burned' end
  return 'missing'
end
if stored == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 'ok'
end
local wrong = redis.call('HINCRBY', KEYS[1], 'n', 1)
if wrong >= tonumber(ARGV[2]) then
  redis.call('HDEL', KEYS[1], 'h')
  return 'burned'
end
return 'wrong'
`;

/**
 * Counts one send in a fixed window that starts with the first send.
 * KEYS[1] counter key; ARGV[1] window seconds. Returns {count, secondsLeft}.
 */
export const COUNT_SEND_LUA = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return {n, redis.call('TTL', KEYS[1])}
`;

/** Stores a fresh code hash with no wrong attempts, replacing any earlier code. */
export const STORE_CODE_LUA = `
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'h', ARGV[1], 'n', 0)
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1
`;
