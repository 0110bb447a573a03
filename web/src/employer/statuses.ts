import type { Text } from '../shared/i18n';
import type { AssignmentStatus, ShiftStatus } from './types';

/** Words for each status, and which ones are finished (no more actions). */
export const SHIFT_STATUS_TEXT: Record<ShiftStatus, Text> = {
  pending_review: { zh: '待审核', en: 'Held for review' },
  open: { zh: '招募中', en: 'Open' },
  filled: { zh: '已招满', en: 'Filled' },
  in_progress: { zh: '进行中', en: 'In progress' },
  completed: { zh: '已完成', en: 'Completed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  expired: { zh: '已过期', en: 'Expired' },
};

export const ASSIGNMENT_STATUS_TEXT: Record<AssignmentStatus, Text> = {
  pending_confirm: { zh: '待确认', en: 'Awaiting confirmation' },
  confirmed: { zh: '已录用', en: 'Hired' },
  checked_in: { zh: '已签到', en: 'Checked in' },
  completed: { zh: '已完工', en: 'Completed' },
  rejected: { zh: '已拒绝', en: 'Rejected' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  no_show: { zh: '未到岗', en: 'No-show' },
};

/**
 * A shift can still be cancelled while held for review, open or filled (the API refuses
 * once anyone checked in).
 */
export const cancellable = (s: ShiftStatus) =>
  s === 'pending_review' || s === 'open' || s === 'filled';

/** Whether the check-in code is worth showing: workers may still arrive. */
export const acceptsCheckIn = (s: ShiftStatus) =>
  s === 'open' || s === 'filled' || s === 'in_progress';
