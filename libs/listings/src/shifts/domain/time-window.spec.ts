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

  it('lets an instant shift posted at 23:30 in Shanghai start after midnight, within the window', () => {
    // 23:30 in Shanghai: 01:00 the next day is 1.5 h away, 11:30 is the 12 h limit.
    const lateNow = at('2025-03-10T15:30:00Z');
    const afterMidnight = {
      startsAt: at('2025-03-10T17:00:00Z'),
      endsAt: at('2025-03-10T21:00:00Z'),
    };
    const atLimit = { startsAt: at('2025-03-11T03:30:00Z'), endsAt: at('2025-03-11T06:00:00Z') };
    const pastLimit = { startsAt: at('2025-03-11T03:31:00Z'), endsAt: at('2025-03-11T06:00:00Z') };
    expect(checkShiftWindow({ ...afterMidnight, instant: true }, lateNow)).toEqual([]);
    expect(checkShiftWindow({ ...atLimit, instant: true }, lateNow)).toEqual([]);
    const problems = checkShiftWindow({ ...pastLimit, instant: true }, lateNow);
    expect(fields(problems)).toEqual(['startsAt']);
    expect(problems[0]!.message.zh).toContain('即时快招');
    expect(problems[0]!.message.en).toContain('12 hours');
    expect(checkShiftWindow({ ...pastLimit, instant: false }, lateNow)).toEqual([]);
  });

  it('takes the window length as configured', () => {
    // 00:10 in Shanghai: 08:00 is 7 h 50 min away, too far for a 6 h window.
    const justAfterMidnight = at('2025-03-10T16:10:00Z');
    const w = { startsAt: at('2025-03-11T00:00:00Z'), endsAt: at('2025-03-11T04:00:00Z') };
    expect(checkShiftWindow({ ...w, instant: true }, justAfterMidnight)).toEqual([]);
    expect(fields(checkShiftWindow({ ...w, instant: true }, justAfterMidnight, 6))).toEqual([
      'startsAt',
    ]);
    expect(checkShiftWindow({ ...w, instant: true }, justAfterMidnight, 8)).toEqual([]);
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
