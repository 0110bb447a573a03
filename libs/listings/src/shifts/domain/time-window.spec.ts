import { checkPostWindow, checkShiftWindow } from './time-window';

const at = (iso: string) => new Date(iso);
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('checkShiftWindow', () => {
  // 10:00 in Shanghai on 10 March 2025.
  const now = at('2025-03-10T02:00:00Z');

  it('accepts a shift later today', () => {
    const w = { startsAt: at('2025-03-10T06:00:00Z'), endsAt: at('2025-03-10T10:00:00Z') };
    expect(checkShiftWindow({ ...w, instant: true }, now)).toEqual([]);
    expect(checkShiftWindow({ ...w, instant: false }, now)).toEqual([]);
  });

  it('names endsAt when the end is not after the start', () => {
    const start = at('2025-03-10T06:00:00Z');
    expect(
      fields(checkShiftWindow({ startsAt: start, endsAt: start, instant: false }, now)),
    ).toEqual(['endsAt']);
    expect(
      fields(
        checkShiftWindow(
          { startsAt: start, endsAt: at('2025-03-10T05:00:00Z'), instant: false },
          now,
        ),
      ),
    ).toEqual(['endsAt']);
  });

  it('refuses a shift longer than 24 hours but accepts exactly 24', () => {
    const startsAt = at('2025-03-11T00:00:00Z');
    expect(
      checkShiftWindow({ startsAt, endsAt: at('2025-03-12T00:00:00Z'), instant: false }, now),
    ).toEqual([]);
    expect(
      fields(
        checkShiftWindow({ startsAt, endsAt: at('2025-03-12T00:00:01Z'), instant: false }, now),
      ),
    ).toEqual(['endsAt']);
  });

  it('allows a few minutes of clock skew, but not a shift that started long ago', () => {
    const w = { endsAt: at('2025-03-10T06:00:00Z'), instant: false };
    expect(checkShiftWindow({ ...w, startsAt: at('2025-03-10T01:57:00Z') }, now)).toEqual([]);
    expect(fields(checkShiftWindow({ ...w, startsAt: at('2025-03-10T01:50:00Z') }, now))).toEqual([
      'startsAt',
    ]);
  });

  it('refuses a shift more than 90 days ahead', () => {
    const startsAt = at('2025-06-09T02:00:01Z');
    const endsAt = at('2025-06-09T06:00:00Z');
    expect(fields(checkShiftWindow({ startsAt, endsAt, instant: false }, now))).toEqual([
      'startsAt',
    ]);
  });

  it('refuses an instant shift that starts on another Shanghai day, at the 16:00 UTC boundary', () => {
    // 23:30 in Shanghai: a shift at 23:59 is today, one at 00:00 is tomorrow.
    const lateNow = at('2025-03-10T15:30:00Z');
    const today = { startsAt: at('2025-03-10T15:59:00Z'), endsAt: at('2025-03-10T20:00:00Z') };
    const tomorrow = { startsAt: at('2025-03-10T16:00:00Z'), endsAt: at('2025-03-10T20:00:00Z') };
    expect(checkShiftWindow({ ...today, instant: true }, lateNow)).toEqual([]);
    const problems = checkShiftWindow({ ...tomorrow, instant: true }, lateNow);
    expect(fields(problems)).toEqual(['startsAt']);
    expect(problems[0]!.message.zh).toContain('即时快招');
    expect(checkShiftWindow({ ...tomorrow, instant: false }, lateNow)).toEqual([]);
  });

  it('treats 00:10 in Shanghai (16:10 UTC the day before) as the same day as 08:00 that morning', () => {
    const justAfterMidnight = at('2025-03-10T16:10:00Z');
    const w = { startsAt: at('2025-03-11T00:00:00Z'), endsAt: at('2025-03-11T04:00:00Z') };
    expect(checkShiftWindow({ ...w, instant: true }, justAfterMidnight)).toEqual([]);
  });
});

describe('checkPostWindow', () => {
  const now = at('2025-03-10T02:00:00Z');

  it('accepts a window that has begun and runs for weeks', () => {
    expect(checkPostWindow(at('2025-03-01T00:00:00Z'), at('2025-04-01T00:00:00Z'), now)).toEqual(
      [],
    );
  });

  it('names availableTo when it is not after availableFrom or already past', () => {
    expect(
      fields(checkPostWindow(at('2025-03-12T00:00:00Z'), at('2025-03-11T00:00:00Z'), now)),
    ).toEqual(['availableTo']);
    expect(
      fields(checkPostWindow(at('2025-03-01T00:00:00Z'), at('2025-03-09T00:00:00Z'), now)),
    ).toEqual(['availableTo']);
  });

  it('refuses windows longer than 180 days or starting more than 180 days ahead', () => {
    expect(
      fields(checkPostWindow(at('2025-03-11T00:00:00Z'), at('2025-10-01T00:00:00Z'), now)),
    ).toEqual(['availableTo']);
    expect(
      fields(checkPostWindow(at('2025-10-01T00:00:00Z'), at('2025-10-02T00:00:00Z'), now)),
    ).toEqual(['availableFrom']);
  });
});
