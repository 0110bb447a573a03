import { checkEventWindow, type FieldProblem } from '@app/common';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Limits on a shift's times. Phones' clocks drift, so "in the future" allows a little skew. */
export const SHIFT_WINDOW = {
  clockSkewMs: 5 * MINUTE,
  maxDurationMs: 24 * HOUR,
  maxLeadMs: 90 * DAY,
} as const;

/** INSTANT_WINDOW_HOURS' default: how soon after posting an instant shift must start. */
export const DEFAULT_INSTANT_WINDOW_HOURS = 12;

/** Limits on a worker post's availability (seasonal work may run for months). */
export const POST_WINDOW = {
  maxDurationMs: 180 * DAY,
  maxLeadMs: 180 * DAY,
} as const;

export interface ShiftWindow {
  startsAt: Date;
  endsAt: Date;
  /** 即时快招: instant hire, starting within the instant window of posting. */
  instant: boolean;
}

/**
 * Problems with a new shift's times, each naming the field to fix; empty when fine.
 * The end must follow the start, the shift starts in the future and within 90 days,
 * lasts at most 24 h, and an instant shift starts within `instantWindowHours` of `now`.
 * Clause (九)'s 当日面试到岗 is read as a rolling window, not the calendar day: at 23:30
 * an employer who needs someone at 01:00 may still hire instantly.
 */
export function checkShiftWindow(
  w: ShiftWindow,
  now: Date,
  instantWindowHours: number = DEFAULT_INSTANT_WINDOW_HOURS,
): FieldProblem[] {
  const problems = checkEventWindow(w, now, {
    ...SHIFT_WINDOW,
    tooLong: { zh: '单个班次最长 24 小时', en: 'a shift lasts at most 24 hours' },
    tooFarAhead: { zh: '只能发布 90 天内开始的岗位', en: 'a shift must start within 90 days' },
  });
  const startOk = !problems.some((p) => p.field === 'startsAt');
  const windowEnd = now.getTime() + instantWindowHours * HOUR;
  if (startOk && w.instant && w.startsAt.getTime() > windowEnd) {
    problems.push({
      field: 'startsAt',
      message: {
        zh: `即时快招岗位须在发布后 ${instantWindowHours} 小时内开工；更晚开工的岗位请关闭即时快招`,
        en: `an instant shift must start within ${instantWindowHours} hours of posting; switch instant off for a later start`,
      },
    });
  }
  return problems;
}

/** Problems with a worker post's availability window (availableFrom → availableTo). */
export function checkPostWindow(from: Date, to: Date, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (to.getTime() <= from.getTime()) {
    problems.push({
      field: 'availableTo',
      message: { zh: '结束时间必须晚于开始时间', en: 'availableTo must be after availableFrom' },
    });
  } else if (to.getTime() - from.getTime() > POST_WINDOW.maxDurationMs) {
    problems.push({
      field: 'availableTo',
      message: { zh: '求职信息最长 180 天', en: 'a post covers at most 180 days' },
    });
  } else if (to.getTime() <= now.getTime()) {
    problems.push({
      field: 'availableTo',
      message: { zh: '结束时间已过', en: 'availableTo is in the past' },
    });
  }
  if (from.getTime() > now.getTime() + POST_WINDOW.maxLeadMs) {
    problems.push({
      field: 'availableFrom',
      message: { zh: '开始时间须在 180 天内', en: 'availableFrom must be within 180 days' },
    });
  }
  return problems;
}
