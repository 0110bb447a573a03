import type { CandidateReason } from './candidates.types';

/** Each reason a worker is not a candidate, as a person reads it (invites, grabs, the desk). */
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
