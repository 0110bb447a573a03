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
 * The Redis key part for a client IP: keyed like phones, so keys do not list addresses.
 */
export function ipKey(secret: string, ip: string): string {
  return createHmac('sha256', secret).update(`ip:v1:${ip}`).digest('hex').slice(0, 32);
}

/** Which send limit refused a code, in the order they are checked. */
export const SEND_LIMITS = ['phone', 'ip', 'minute', 'hour'] as const;
export type SendLimit = (typeof SEND_LIMITS)[number];

/**
 * Admits one send against every limit at once, in fixed windows that start with
 * their first send: either all four counters (phone, IP, global minute, global
 * hour) count it, or none does, so a refusal by one limit does not use up another.
 * KEYS: the four counter keys; ARGV: limit and window seconds for each, in turn.
 * Returns {0, count, secondsLeft} (count and time left of the phone's window) or
 * {index of the refusing limit (1-based), 0, its secondsLeft}.
 */
export const ADMIT_SEND_LUA = `
for i = 1, 4 do
  local n = tonumber(redis.call('GET', KEYS[i]) or '0')
  if n >= tonumber(ARGV[i * 2 - 1]) then
    local ttl = redis.call('TTL', KEYS[i])
    if ttl < 1 then ttl = 1 end
    return {i, 0, ttl}
  end
end
for i = 1, 4 do
  if redis.call('INCR', KEYS[i]) == 1 then redis.call('EXPIRE', KEYS[i], ARGV[i * 2]) end
end
return {0, tonumber(redis.call('GET', KEYS[1])), redis.call('TTL', KEYS[1])}
`;

/** Gives back a send that never reached the phone, so the person can ask again at once. */
export const REFUND_SEND_LUA = `
for i = 1, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 1 and tonumber(redis.call('GET', KEYS[i])) > 0 then
    redis.call('DECR', KEYS[i])
  end
end
return 1
`;

/** Stores a fresh code hash with no wrong attempts, replacing any earlier code. */
export const STORE_CODE_LUA = `
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'h', ARGV[1], 'n', 0)
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1
`;
