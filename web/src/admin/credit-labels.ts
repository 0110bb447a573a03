/** zh + en labels for credit and complaint values, shared by the admin, worker and employer pages. */
import type { Text } from '../shared/i18n';

export const CREDIT_KIND_TEXT: Record<string, Text> = {
  no_show: { zh: '爽约未到岗', en: 'No-show' },
  late_cancel: { zh: '临近开工取消', en: 'Late cancellation' },
  completed: { zh: '完成工作', en: 'Completed a shift' },
  good_rating: { zh: '获得五星好评', en: 'Five-star rating' },
  wage_complaint_upheld: { zh: '欠薪投诉属实', en: 'Unpaid-wages complaint upheld' },
  unsafe_work_upheld: { zh: '安全投诉属实', en: 'Unsafe-work complaint upheld' },
  false_information: { zh: '提供虚假信息', en: 'False information' },
};

export const COMMITMENT_KIND_TEXT: Record<string, Text> = {
  sign_up: { zh: '注册承诺', en: 'Sign-up' },
  post_shift: { zh: '发布岗位承诺', en: 'Posting a shift' },
  accept: { zh: '接单承诺', en: 'Accepting a shift' },
  grab: { zh: '抢单承诺', en: 'Grabbing a shift' },
};

export const APPEAL_STATUS_TEXT: Record<string, Text> = {
  open: { zh: '待处理', en: 'Open' },
  upheld: { zh: '申诉成立', en: 'Upheld' },
  dismissed: { zh: '申诉驳回', en: 'Dismissed' },
};

export const COMPLAINT_KIND_TEXT: Record<string, Text> = {
  unpaid_wages: { zh: '拖欠工资', en: 'Unpaid wages' },
  unsafe_work: { zh: '不安全作业', en: 'Unsafe work' },
};

export const COMPLAINT_STATUS_TEXT: Record<string, Text> = {
  open: { zh: '已受理', en: 'Received' },
  investigating: { zh: '调查中', en: 'Investigating' },
  upheld: { zh: '投诉属实', en: 'Upheld' },
  dismissed: { zh: '不予支持', en: 'Dismissed' },
};

export const REVIEW_TEXT: Record<string, Text> = {
  pending: { zh: '待审核', en: 'Waiting for review' },
  approved: { zh: '已通过', en: 'Approved' },
  rejected: { zh: '未通过', en: 'Rejected' },
};

export const AUDIT_ACTION_TEXT: Record<string, Text> = {
  'blacklist.add': { zh: '列入失信名单', en: 'Blacklisted' },
  'blacklist.lift': { zh: '提前解除', en: 'Lifted early' },
  'blacklist.lift_by_appeal': { zh: '申诉后解除', en: 'Lifted on appeal' },
  'appeal.upheld': { zh: '申诉成立', en: 'Appeal upheld' },
  'appeal.dismissed': { zh: '申诉驳回', en: 'Appeal dismissed' },
  'credit_event.void_by_appeal': { zh: '信用记录作废', en: 'Credit event voided' },
  'credit_event.false_information': { zh: '记录虚假信息', en: 'False information recorded' },
  'shift.approve': { zh: '岗位审核通过', en: 'Shift approved' },
  'shift.reject': { zh: '岗位审核未通过', en: 'Shift rejected' },
  'complaint.note': { zh: '投诉处理记录', en: 'Complaint note' },
  'complaint.upheld': { zh: '投诉属实', en: 'Complaint upheld' },
  'complaint.dismissed': { zh: '投诉不予支持', en: 'Complaint dismissed' },
  'calendar.load': { zh: '载入年度工作日历', en: 'Calendar year loaded' },
  'calendar.confirm': { zh: '确认年度调休安排', en: 'Calendar year confirmed' },
  'calendar.set_day': { zh: '设置放假/调休日', en: 'Calendar day set' },
  'calendar.remove_day': { zh: '删除放假/调休日', en: 'Calendar day removed' },
};

/** A label from one of the maps, or the raw value when a newer server sends one we do not know. */
export function label(map: Record<string, Text>, value: string, lang: 'zh' | 'en'): string {
  return map[value]?.[lang] ?? value;
}

/** Signed points, e.g. "−20" / "+2", with a true minus sign for screen readers. */
export function points(n: number): string {
  if (n === 0) return '0';
  return n > 0 ? `+${n}` : `−${Math.abs(n)}`;
}

/** The ISO instant of the end of a day (23:59:59 Shanghai) for a yyyy-mm-dd date input; '' → null. */
export function endOfDayShanghai(date: string): string | null {
  if (!/^\d{4}-\d\d-\d\d$/.test(date)) return null;
  return `${date}T23:59:59+08:00`;
}

/**
 * "2099-12-31 23:59" from a server time (always sent with +08:00): a blacklist term may
 * run for years, so unlike the day-to-day format this one keeps the year.
 */
export function fullDate(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}
