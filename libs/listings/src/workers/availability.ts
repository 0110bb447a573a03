import type { FieldProblem } from '@app/common';
import { shanghaiWallClock, shanghaiWeekday } from '../shifts/domain/shanghai-time';

/**
 * Weekly availability: `{weekday 1–7 (Monday = 1), from "HH:mm", to "HH:mm"}` in
 * Shanghai time; an empty list means any time. A slot stays within one day
 * (`from` < `to`, `to` may be "24:00"), so a night that crosses midnight is two
 * slots: Friday 22:00–24:00 and Saturday 00:00–06:00. Slots on adjacent days that
 * touch at midnight count as one stretch when a shift is checked against them.
 */
export interface AvailabilitySlot {
  weekday: number;
  from: string;
  to: string;
}

const DAY_MIN = 24 * 60;
const WEEK_MIN = 7 * DAY_MIN;
const HH_MM = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Minutes since midnight for "HH:mm" (00:00–24:00), or undefined. */
export function minutesOfDay(value: string): number | undefined {
  const m = HH_MM.exec(value);
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= DAY_MIN ? minutes : undefined;
}

/** Problems with a list of slots, each naming `availability[i].<field>`; empty when fine. */
export function checkAvailability(slots: AvailabilitySlot[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const valid: { index: number; weekday: number; from: number; to: number }[] = [];
  slots.forEach((slot, index) => {
    const at = (field: string) => `availability[${index}]${field ? `.${field}` : ''}`;
    const from = minutesOfDay(slot.from);
    const to = minutesOfDay(slot.to);
    let ok = true;
    if (!Number.isInteger(slot.weekday) || slot.weekday < 1 || slot.weekday > 7) {
      problems.push({
        field: at('weekday'),
        message: { zh: '星期必须是 1（周一）到 7（周日）', en: 'weekday must be 1 (Monday) to 7' },
      });
      ok = false;
    }
    if (from === undefined || from === DAY_MIN) {
      problems.push({
        field: at('from'),
        message: { zh: '时间必须是 00:00–23:59', en: 'from must be HH:mm between 00:00 and 23:59' },
      });
      ok = false;
    }
    if (to === undefined || to === 0) {
      problems.push({
        field: at('to'),
        message: { zh: '时间必须是 00:01–24:00', en: 'to must be HH:mm between 00:01 and 24:00' },
      });
      ok = false;
    }
    if (ok && from! >= to!) {
      problems.push({
        field: at('to'),
        message: {
          zh: '结束时间必须晚于开始时间；跨夜请拆成两段，如 22:00–24:00 和次日 00:00–06:00',
          en: 'to must be after from; split a night across midnight into 22:00–24:00 and 00:00–06:00 the next day',
        },
      });
      ok = false;
    }
    if (ok) valid.push({ index, weekday: slot.weekday, from: from!, to: to! });
  });
  for (const a of valid) {
    const clash = valid.find(
      (b) => b.index < a.index && b.weekday === a.weekday && b.from < a.to && a.from < b.to,
    );
    if (clash) {
      problems.push({
        field: `availability[${a.index}]`,
        message: {
          zh: `与第 ${clash.index + 1} 段时间重叠`,
          en: `overlaps availability[${clash.index}]`,
        },
      });
    }
  }
  return problems;
}

/**
 * Whether a worker with these (valid) slots is free for the whole of [start, end).
 * An empty list means any time. Windows are read on the Shanghai calendar.
 */
export function coversWindow(slots: AvailabilitySlot[], start: Date, end: Date): boolean {
  if (slots.length === 0) return true;
  const length = Math.ceil((end.getTime() - start.getTime()) / 60_000);
  if (length <= 0) return true;
  // Week minutes, Monday 00:00 = 0; merged, then repeated one week on so windows
  // that run from Sunday into Monday are covered by the wrap-around.
  const weekly = slots
    .map((s) => {
      const base = (s.weekday - 1) * DAY_MIN;
      return [base + minutesOfDay(s.from)!, base + minutesOfDay(s.to)!] as [number, number];
    })
    .sort((a, b) => a[0] - b[0]);
  const twoWeeks = [...weekly, ...weekly.map(([a, b]) => [a + WEEK_MIN, b + WEEK_MIN])];
  const merged: [number, number][] = [];
  for (const [from, to] of twoWeeks) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  const startShanghai = shanghaiWallClock(start);
  const startMinute =
    (shanghaiWeekday(start) - 1) * DAY_MIN +
    startShanghai.getUTCHours() * 60 +
    startShanghai.getUTCMinutes();
  return merged.some(([from, to]) => from <= startMinute && startMinute + length <= to);
}
