/**
 * Stable error codes a client can branch on. Each domain adds its own here so
 * that the filter, the clients and the tests share one list.
 */
export enum ErrorCode {
  // generic
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  UNKNOWN_FIELD = 'UNKNOWN_FIELD',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_REFERENCE = 'INVALID_REFERENCE',
  CONSTRAINT_VIOLATION = 'CONSTRAINT_VIOLATION',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL = 'INTERNAL',
  SERVER_DRAINING = 'SERVER_DRAINING',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  // auth
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  INVALID_CODE = 'INVALID_CODE',
  CODE_EXPIRED = 'CODE_EXPIRED',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INVALID_REFRESH_TOKEN = 'INVALID_REFRESH_TOKEN',
  FORBIDDEN = 'FORBIDDEN',
  ROLE_NOT_GRANTED = 'ROLE_NOT_GRANTED',
  // listings
  PROFILE_REQUIRED = 'PROFILE_REQUIRED',
  UNKNOWN_TRADE = 'UNKNOWN_TRADE',
  INVALID_TIME_WINDOW = 'INVALID_TIME_WINDOW',
  SHIFT_NOT_OPEN = 'SHIFT_NOT_OPEN',
  SHIFT_FULL = 'SHIFT_FULL',
  WORKER_BUSY = 'WORKER_BUSY',
  OFFER_EXPIRED = 'OFFER_EXPIRED',
  // seats and the life of an assignment
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  TRADE_NOT_HELD = 'TRADE_NOT_HELD',
  CHECK_IN_TOO_EARLY = 'CHECK_IN_TOO_EARLY',
  CHECK_IN_CODE_INVALID = 'CHECK_IN_CODE_INVALID',
  NOT_ON_SITE = 'NOT_ON_SITE',
  ALREADY_RATED = 'ALREADY_RATED',
  // invites
  WORKER_NOT_ELIGIBLE = 'WORKER_NOT_ELIGIBLE',
  ALREADY_OFFERED = 'ALREADY_OFFERED',
  // markets
  MARKET_NOT_BOUND = 'MARKET_NOT_BOUND',
  NOT_AN_OPERATOR = 'NOT_AN_OPERATOR',
  INVALID_CURSOR = 'INVALID_CURSOR',
  // the operator desk
  NO_WALK_IN_CONSENT = 'NO_WALK_IN_CONSENT',
  // flexible-employment registration and the working-day calendar (clause 六)
  // credit, blacklist, appeals and complaints (clauses 十五, 十八)
  // statistics monitoring (clause 三)
  WORK_RECORD_CONFIRMED = 'WORK_RECORD_CONFIRMED',
  // job fairs, staff sharing and written agreements (clauses 七, 九, 十四)
  // the policy helper (clauses 四, 十二, 十三)
}
