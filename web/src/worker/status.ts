import type { Text } from '../shared/i18n';
import type { AssignmentStatus } from './types';

/** How each assignment status reads and looks on the worker's phone. */
export const STATUS_TEXT: Record<AssignmentStatus, Text> = {
  pending_confirm: { zh: '待雇主确认', en: 'Awaiting confirmation' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  checked_in: { zh: '已签到', en: 'Checked in' },
  completed: { zh: '已完成', en: 'Completed' },
  rejected: { zh: '未被录用', en: 'Not hired' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  no_show: { zh: '未到岗', en: 'No-show' },
};

/** Vant tag colours; the strong ones are for statuses that need the worker to act or go. */
export const STATUS_TYPE: Record<
  AssignmentStatus,
  'primary' | 'success' | 'warning' | 'danger' | 'default'
> = {
  pending_confirm: 'warning',
  confirmed: 'primary',
  checked_in: 'success',
  completed: 'success',
  rejected: 'default',
  cancelled: 'default',
  no_show: 'danger',
};

/** Still holds a seat: upcoming or in progress. */
export const isLive = (s: AssignmentStatus) =>
  s === 'pending_confirm' || s === 'confirmed' || s === 'checked_in';

/** A worker may still cancel their booking. */
export const mayCancel = (s: AssignmentStatus) => s === 'pending_confirm' || s === 'confirmed';
