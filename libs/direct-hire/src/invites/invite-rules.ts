import { AppException } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { REASON_TEXT, type CandidateReason } from '@app/matching';

/**
 * Why an invite cannot go out, as the error to answer with; null when it can.
 * An invite reaches the worker's phone whether or not they are online, so
 * `offline` never refuses one. A worker who already holds an offer for the shift
 * (in any status) gets ALREADY_OFFERED: the UNIQUE (shift, worker) rule.
 * Everything else is WORKER_NOT_ELIGIBLE with one detail per reason.
 */
export function inviteRefusal(reasons: readonly CandidateReason[]): AppException | null {
  if (reasons.includes('already_offered')) return new AppException(ErrorCode.ALREADY_OFFERED);
  const blocking = reasons.filter((r) => r !== 'offline');
  if (blocking.length === 0) return null;
  return new AppException(ErrorCode.WORKER_NOT_ELIGIBLE, {
    details: blocking.map((reason) => ({ field: 'workerId', message: REASON_TEXT[reason] })),
  });
}
