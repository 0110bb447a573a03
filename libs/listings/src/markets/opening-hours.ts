/**
 * Opening hours of a gig market and the "open now" rule.
 *
 * An interval belongs to the weekday it starts on. One whose `to` is not after
 * its `from` crosses midnight: Monday 22:00–02:00 is open from Monday 22:00 to
 * Tuesday 02:00, and Sunday's night runs into Monday (7 wraps to 1). `from` is
 * inclusive, `to` exclusive.
 *
 * Time zone: the city's clock is China Standard Time, a fixed UTC+08:00 with no
 * daylight saving since 1991, so we shift the instant by eight hours and read it
 * with UTC getters. That never consults the process time zone (TZ), needs no ICU
 * data, and gives the same answer as Intl with timeZone 'Asia/Shanghai' for every
 * instant this product will see.
 */
import { shanghaiWallClock, shanghaiWeekday } from '../shifts/domain/shanghai-time';

export interface OpeningInterval {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "HH:mm", 00:00–23:59, inclusive. */
  from: string;
  /** "HH:mm", exclusive; not after `from` means the interval ends the next day. */
  to: string;
}

/** Where an instant falls on the city's week: ISO weekday and "HH:mm" (seconds dropped). */
export interface CityWeekTime {
  weekday: number;
  time: string;
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && TIME_OF_DAY.test(value);
}

export function isWeekday(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 7;
}

/** The weekday before `weekday`, Monday's being Sunday. */
export function previousWeekday(weekday: number): number {
  return weekday === 1 ? 7 : weekday - 1;
}

/** The Asia/Shanghai weekday and time of day of an instant, whatever TZ the process runs in. */
export function cityWeekTime(instant: Date): CityWeekTime {
  const local = shanghaiWallClock(instant);
  const weekday = shanghaiWeekday(instant);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return { weekday, time: `${hh}:${mm}` };
}

/**
 * Whether a market with these hours is open at `instant`. "HH:mm" strings of
 * this fixed shape order the same as the times they name, so they compare as text;
 * the SQL filter (openAtSql) relies on the same fact and must stay in step.
 */
export function isOpenAt(openingHours: readonly OpeningInterval[], instant: Date): boolean {
  const { weekday, time } = cityWeekTime(instant);
  const yesterday = previousWeekday(weekday);
  return openingHours.some(({ weekday: day, from, to }) => {
    const crossesMidnight = to <= from;
    if (day === weekday && from <= time && (crossesMidnight || time < to)) return true;
    return crossesMidnight && day === yesterday && time < to;
  });
}

export interface OpeningHoursProblem {
  /** Path inside the opening-hours list, e.g. "3.to". */
  path: string;
  message: { zh: string; en: string };
}

/** Everything wrong with a list of intervals; empty when it is valid. */
export function openingHoursProblems(
  openingHours: readonly OpeningInterval[],
): OpeningHoursProblem[] {
  return openingHours.flatMap(({ weekday, from, to }, index) => {
    const problems: OpeningHoursProblem[] = [];
    if (!isWeekday(weekday)) {
      problems.push({
        path: `${index}.weekday`,
        message: {
          zh: '星期必须是 1（周一）到 7（周日）',
          en: 'weekday must be 1 (Monday) to 7 (Sunday)',
        },
      });
    }
    for (const [key, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!isTimeOfDay(value)) {
        problems.push({
          path: `${index}.${key}`,
          message: {
            zh: '时间必须是 00:00 到 23:59 的 HH:mm',
            en: 'must be HH:mm from 00:00 to 23:59',
          },
        });
      }
    }
    if (isTimeOfDay(from) && from === to) {
      problems.push({
        path: `${index}.to`,
        message: {
          zh: '结束时间不能等于开始时间（跨午夜请写到次日的时间，如 22:00–02:00）',
          en: 'to must differ from from (an interval past midnight ends on the next day, e.g. 22:00–02:00)',
        },
      });
    }
    return problems;
  });
}
