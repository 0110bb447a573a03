/** Why a session (and its open sockets) ended; a socket client gets it in `session.ended`. */
export type SessionEndReason = 'logout' | 'revoked' | 'expired' | 'suspended';

/**
 * Published on the sessions channel when sessions end, so every realtime node
 * disconnects its sockets of them at once: either named sessions, or every session
 * of a user (a suspension).
 */
export type SessionEndedNotice =
  { sessionIds: string[]; reason: SessionEndReason } | { userId: string; reason: SessionEndReason };

/** Redis keys (under REDIS_PREFIX, added by the shared client) and the pub/sub channel. */
export const AuthKeys = {
  /** The cached AccountFacts of a user (JSON, or "-" for no such account). */
  account: (userId: string) => `auth:account:${userId}`,
  /** Present while a revoked session's access tokens could still be unexpired. */
  revoked: (sessionId: string) => `auth:revoked:${sessionId}`,
  /** Pub/sub channel names are never prefixed by ioredis: the prefix is passed in. */
  channel: (redisPrefix: string) => `${redisPrefix}:auth:sessions`,
} as const;
