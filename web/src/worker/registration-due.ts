import type { Text } from '../shared/i18n';
import type { Registration } from './registration-types';

/**
 * The due date as people read it: a date, a date marked 暂定 (its year's make-up days
 * are not yet confirmed), or no date yet (the calendar year is not loaded).
 */
export function dueText(r: Pick<Registration, 'dueOn' | 'dueProvisional'>): Text {
  if (r.dueOn === null) {
    return {
      zh: '待定（该年度工作日历尚未发布）',
      en: 'Not yet set (that year’s calendar is not out)',
    };
  }
  if (r.dueProvisional) {
    return {
      zh: `${r.dueOn}（暂定，以当年放假安排为准）`,
      en: `${r.dueOn} (provisional, until the year’s holiday arrangement is confirmed)`,
    };
  }
  return { zh: r.dueOn, en: r.dueOn };
}
