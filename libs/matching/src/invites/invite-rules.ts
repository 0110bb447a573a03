import { AppException } from '@app/common';
import { ErrorCode } from '@app/contracts';
import type { CandidateReason } from '../candidates/candidates.types';

/** Each reason a worker cannot be invited, as the employer reads it. */
export const REASON_TEXT: Record<CandidateReason, { zh: string; en: string }> = {
  trade_missing: { zh: '资料中没有该岗位的工种', en: "does not list the shift's trade" },
  certificate_missing: {
    zh: '缺少岗位要求的证书',
    en: 'lacks a certificate the shift requires',
  },
  outside_availability: {
    zh: '岗位时间不在其可工作时段内',
    en: 'the shift is outside their weekly availability',
  },
  pay_below_minimum: { zh: '报酬低于其最低期望', en: 'the pay is below their minimum' },
  too_far: { zh: '工作地点超出其可接受的距离', en: 'the site is beyond their travel distance' },
  credit_below_bar: { zh: '信用分低于岗位要求', en: "credit score below the shift's bar" },
  blacklisted: { zh: '账号已被限制接单', en: 'the account is blacklisted' },
  busy: { zh: '该时段已有其他工作', en: 'already booked at that time' },
  own_shift: { zh: '不能邀请自己', en: 'this is your own account' },
  offline: { zh: '不在线', en: 'offline' },
  already_offered: { zh: '已收到过此岗位的邀约', en: 'already has an offer for this shift' },
  no_profile: { zh: '尚未填写零工资料', en: 'has no worker profile' },
};

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
