import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModuleKind, ScriptTarget, transpileModule } from 'typescript';
import {
  cityWeekTime,
  isOpenAt,
  isTimeOfDay,
  OpeningInterval,
  openingHoursProblems,
} from './opening-hours';

// 2026-11-30 is a Monday; 2026-12-06 a Sunday. Instants are written with the city's
// offset (+08:00) where that reads best, and in UTC where the point is the zone.
const at = (iso: string) => new Date(iso);
const mon = (hhmm: string, ss = '00') => at(`2026-11-30T${hhmm}:${ss}+08:00`);
const tue = (hhmm: string, ss = '00') => at(`2026-12-01T${hhmm}:${ss}+08:00`);
const sun = (hhmm: string) => at(`2026-12-06T${hhmm}:00+08:00`);
const nextMon = (hhmm: string) => at(`2026-12-07T${hhmm}:00+08:00`);
const h = (weekday: number, from: string, to: string): OpeningInterval => ({ weekday, from, to });

describe('cityWeekTime', () => {
  it('reads the instant on the Asia/Shanghai clock', () => {
    expect(cityWeekTime(at('2026-11-30T21:00:00Z'))).toEqual({ weekday: 2, time: '05:00' });
    expect(cityWeekTime(at('2026-11-30T15:59:59Z'))).toEqual({ weekday: 1, time: '23:59' });
    expect(cityWeekTime(at('2026-11-30T16:00:00Z'))).toEqual({ weekday: 2, time: '00:00' });
  });

  it('wraps Sunday to Monday (7 → 1)', () => {
    expect(cityWeekTime(sun('23:59'))).toEqual({ weekday: 7, time: '23:59' });
    expect(cityWeekTime(at('2026-12-06T16:30:00Z'))).toEqual({ weekday: 1, time: '00:30' });
  });
});

describe('isOpenAt', () => {
  it('is open inside a daytime interval and closed outside it or on another day', () => {
    const hours = [h(1, '08:00', '17:00')];
    expect(isOpenAt(hours, mon('12:00'))).toBe(true);
    expect(isOpenAt(hours, mon('07:00'))).toBe(false);
    expect(isOpenAt(hours, mon('18:00'))).toBe(false);
    expect(isOpenAt(hours, tue('12:00'))).toBe(false);
  });

  it('counts `from` as open and `to` as closed, to the second', () => {
    const hours = [h(1, '08:00', '17:00')];
    expect(isOpenAt(hours, mon('07:59', '59'))).toBe(false);
    expect(isOpenAt(hours, mon('08:00'))).toBe(true);
    expect(isOpenAt(hours, mon('16:59', '59'))).toBe(true);
    expect(isOpenAt(hours, mon('17:00'))).toBe(false);
  });

  it('handles several intervals a day, including an early-morning market', () => {
    const hours = [h(1, '04:30', '09:00'), h(1, '14:00', '18:00')];
    expect(isOpenAt(hours, mon('04:29'))).toBe(false);
    expect(isOpenAt(hours, mon('04:30'))).toBe(true);
    expect(isOpenAt(hours, mon('09:00'))).toBe(false);
    expect(isOpenAt(hours, mon('12:00'))).toBe(false);
    expect(isOpenAt(hours, mon('15:00'))).toBe(true);
    expect(isOpenAt(hours, mon('18:00'))).toBe(false);
  });

  it('carries an interval past midnight into the next weekday', () => {
    const hours = [h(1, '22:00', '02:00')];
    expect(isOpenAt(hours, mon('21:59'))).toBe(false);
    expect(isOpenAt(hours, mon('22:00'))).toBe(true);
    expect(isOpenAt(hours, mon('23:59'))).toBe(true);
    expect(isOpenAt(hours, tue('00:00'))).toBe(true);
    expect(isOpenAt(hours, tue('01:00'))).toBe(true);
    expect(isOpenAt(hours, tue('02:00'))).toBe(false);
    // Monday's small hours belong to Sunday night, which has no hours here.
    expect(isOpenAt(hours, mon('01:00'))).toBe(false);
    expect(isOpenAt(hours, mon('02:00'))).toBe(false);
  });

  it('runs Sunday night into Monday morning (7 wraps to 1)', () => {
    const hours = [h(7, '22:00', '02:00')];
    expect(isOpenAt(hours, sun('23:00'))).toBe(true);
    expect(isOpenAt(hours, nextMon('01:59'))).toBe(true);
    expect(isOpenAt(hours, nextMon('02:00'))).toBe(false);
    expect(isOpenAt(hours, sun('01:00'))).toBe(false);
  });

  it('reads `to` 00:00 as "until midnight" and `from` 00:00 as "from midnight"', () => {
    expect(isOpenAt([h(1, '18:00', '00:00')], mon('23:59'))).toBe(true);
    expect(isOpenAt([h(1, '18:00', '00:00')], tue('00:00'))).toBe(false);
    expect(isOpenAt([h(2, '00:00', '06:00')], tue('00:00'))).toBe(true);
    expect(isOpenAt([h(2, '00:00', '06:00')], mon('23:59'))).toBe(false);
  });

  it('is never open without hours', () => {
    expect(isOpenAt([], mon('12:00'))).toBe(false);
  });

  it('uses the Shanghai weekday even where the UTC weekday differs', () => {
    // 21:00Z on Monday is 05:00 on Tuesday in Shanghai.
    const instant = at('2026-11-30T21:00:00Z');
    expect(isOpenAt([h(2, '04:30', '09:00')], instant)).toBe(true);
    // The same wall time read in UTC (Monday 21:00) would be open here; it must not be.
    expect(isOpenAt([h(1, '20:00', '23:00')], instant)).toBe(false);
  });

  it('agrees with a minute-by-minute expansion of the week on random schedules', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const hhmm = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const weekStart = mon('00:00').getTime();
    for (let round = 0; round < 25; round++) {
      const hours: OpeningInterval[] = [];
      const open = new Set<number>();
      for (let i = 0; i < 1 + random(4); i++) {
        const from = random(1440);
        let to = random(1440);
        if (to === from) to = (from + 1) % 1440;
        const weekday = 1 + random(7);
        hours.push(h(weekday, hhmm(from), hhmm(to)));
        const length = to > from ? to - from : 1440 - from + to;
        for (let k = 0; k < length; k++) open.add(((weekday - 1) * 1440 + from + k) % 10080);
      }
      for (let minute = 0; minute < 10080; minute += 7) {
        const instant = new Date(weekStart + minute * 60_000 + 30_000);
        if (isOpenAt(hours, instant) !== open.has(minute)) {
          throw new Error(`${JSON.stringify(hours)} at minute ${minute} of the week`);
        }
      }
    }
  });
});

describe('isOpenAt does not depend on the process time zone', () => {
  // Jest hands tests a copy of process.env, so setting TZ here would not reach
  // the V8 clock. Run the module in a child Node process with TZ really set instead.
  const compile = (file: string) =>
    transpileModule(readFileSync(join(__dirname, file), 'utf8'), {
      compilerOptions: { module: ModuleKind.CommonJS, target: ScriptTarget.ES2022 },
    }).outputText;
  const source = compile('opening-hours.ts');
  // Its one import: the city's calendar arithmetic.
  const timeSource = compile('../shifts/domain/shanghai-time.ts');

  function runIn(tz: string): { localHour: number; answers: boolean[] } {
    const probe = `
      const load = (code, require) => {
        const m = { exports: {} };
        new Function('module', 'exports', 'require', code)(m, m.exports, require);
        return m.exports;
      };
      const time = load(${JSON.stringify(timeSource)}, () => ({}));
      const loaded = { exports: load(${JSON.stringify(source)}, () => time) };
      const { isOpenAt } = loaded.exports;
      const instant = new Date('2026-11-30T21:00:00Z');
      const answers = [
        isOpenAt([{ weekday: 2, from: '04:30', to: '09:00' }], instant),
        isOpenAt([{ weekday: 1, from: '20:00', to: '23:00' }], instant),
        isOpenAt([{ weekday: 1, from: '22:00', to: '06:00' }], instant),
        isOpenAt([{ weekday: 7, from: '22:00', to: '02:00' }], new Date('2026-12-06T17:00:00Z')),
      ];
      process.stdout.write(JSON.stringify({ localHour: instant.getHours(), answers }));`;
    const out = execFileSync(process.execPath, ['-e', probe], { env: { ...process.env, TZ: tz } });
    return JSON.parse(out.toString()) as { localHour: number; answers: boolean[] };
  }

  it.each([
    ['UTC', 21],
    ['America/New_York', 16],
    ['Asia/Shanghai', 5],
  ])('gives the Shanghai answers with TZ=%s', (tz, localHour) => {
    const result = runIn(tz);
    expect(result.localHour).toBe(localHour); // the child really runs in that zone
    expect(result.answers).toEqual([true, false, true, true]);
  });
});

describe('openingHoursProblems', () => {
  it('accepts a valid week, including an interval past midnight', () => {
    expect(
      openingHoursProblems([
        h(1, '04:30', '09:00'),
        h(1, '14:00', '18:00'),
        h(7, '22:00', '02:00'),
      ]),
    ).toEqual([]);
  });

  it('names the interval and the field at fault', () => {
    const paths = (hours: OpeningInterval[]) => openingHoursProblems(hours).map((p) => p.path);
    expect(paths([h(1, '08:00', '17:00'), h(0, '08:00', '17:00')])).toEqual(['1.weekday']);
    expect(paths([h(8, '08:00', '17:00')])).toEqual(['0.weekday']);
    expect(paths([h(1.5, '08:00', '17:00')])).toEqual(['0.weekday']);
    expect(paths([h(1, '24:00', '17:00')])).toEqual(['0.from']);
    expect(paths([h(1, '08:00', '7:00')])).toEqual(['0.to']);
    expect(paths([h(1, '08:60', '17:00')])).toEqual(['0.from']);
    expect(paths([h(1, '08:00', '08:00')])).toEqual(['0.to']);
  });

  it('explains an empty interval in both languages', () => {
    const [problem] = openingHoursProblems([h(3, '09:00', '09:00')]);
    expect(problem?.message.zh).toContain('结束时间不能等于开始时间');
    expect(problem?.message.en).toContain('must differ');
  });
});

describe('isTimeOfDay', () => {
  it('takes HH:mm from 00:00 to 23:59 only', () => {
    for (const ok of ['00:00', '04:30', '23:59']) expect(isTimeOfDay(ok)).toBe(true);
    for (const bad of ['24:00', '9:00', '09:0', '09:60', '09:00:00', ' 09:00', '', 900]) {
      expect(isTimeOfDay(bad)).toBe(false);
    }
  });
});
