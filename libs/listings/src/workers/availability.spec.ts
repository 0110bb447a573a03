import { checkAvailability, coversWindow, minutesOfDay } from './availability';

const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('checkAvailability', () => {
  it('accepts day slots, a slot ending at 24:00 and an empty list', () => {
    expect(
      checkAvailability([
        { weekday: 1, from: '08:00', to: '12:00' },
        { weekday: 1, from: '12:00', to: '18:00' },
        { weekday: 5, from: '22:00', to: '24:00' },
        { weekday: 6, from: '00:00', to: '06:00' },
      ]),
    ).toEqual([]);
    expect(checkAvailability([])).toEqual([]);
  });

  it('names the weekday when it is outside 1–7', () => {
    expect(fields(checkAvailability([{ weekday: 0, from: '08:00', to: '12:00' }]))).toEqual([
      'availability[0].weekday',
    ]);
    expect(fields(checkAvailability([{ weekday: 8, from: '08:00', to: '12:00' }]))).toEqual([
      'availability[0].weekday',
    ]);
  });

  it('names times that are not HH:mm', () => {
    expect(
      fields(
        checkAvailability([
          { weekday: 1, from: '08:00', to: '12:00' },
          { weekday: 2, from: '8:00', to: '25:00' },
        ]),
      ),
    ).toEqual(['availability[1].from', 'availability[1].to']);
    expect(fields(checkAvailability([{ weekday: 2, from: '24:00', to: '24:00' }]))).toEqual([
      'availability[0].from',
    ]);
  });

  it('refuses a slot crossing midnight and says how to write it', () => {
    const problems = checkAvailability([{ weekday: 5, from: '22:00', to: '06:00' }]);
    expect(fields(problems)).toEqual(['availability[0].to']);
    expect(problems[0]!.message.zh).toContain('跨夜');
    expect(problems[0]!.message.en).toContain('00:00–06:00');
  });

  it('names the later of two overlapping slots on the same day', () => {
    expect(
      fields(
        checkAvailability([
          { weekday: 3, from: '08:00', to: '12:00' },
          { weekday: 4, from: '08:00', to: '12:00' },
          { weekday: 3, from: '11:00', to: '14:00' },
        ]),
      ),
    ).toEqual(['availability[2]']);
  });
});

describe('minutesOfDay', () => {
  it('reads HH:mm from 00:00 to 24:00', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('07:45')).toBe(465);
    expect(minutesOfDay('24:00')).toBe(1440);
    expect(minutesOfDay('24:01')).toBeUndefined();
    expect(minutesOfDay('7:45')).toBeUndefined();
  });
});

describe('coversWindow', () => {
  // 2025-06-02 is a Monday. Times below are UTC; Shanghai is 8 hours ahead.
  const weekdayMornings = [1, 2, 3, 4, 5].map((weekday) => ({
    weekday,
    from: '07:00',
    to: '12:00',
  }));

  it('means any time when empty', () => {
    expect(
      coversWindow([], new Date('2025-06-02T00:00:00Z'), new Date('2025-06-02T20:00:00Z')),
    ).toBe(true);
  });

  it('covers a Monday 08:00–11:00 shift, not one that runs past noon or falls on Saturday', () => {
    expect(
      coversWindow(
        weekdayMornings,
        new Date('2025-06-02T00:00:00Z'),
        new Date('2025-06-02T03:00:00Z'),
      ),
    ).toBe(true);
    expect(
      coversWindow(
        weekdayMornings,
        new Date('2025-06-02T00:00:00Z'),
        new Date('2025-06-02T04:30:00Z'),
      ),
    ).toBe(false);
    expect(
      coversWindow(
        weekdayMornings,
        new Date('2025-06-07T00:00:00Z'),
        new Date('2025-06-07T03:00:00Z'),
      ),
    ).toBe(false);
  });

  it('joins slots that meet at midnight, including Sunday into Monday', () => {
    const nights = [
      { weekday: 7, from: '20:00', to: '24:00' },
      { weekday: 1, from: '00:00', to: '06:00' },
    ];
    // Sunday 22:00 to Monday 04:00 in Shanghai.
    expect(
      coversWindow(nights, new Date('2025-06-01T14:00:00Z'), new Date('2025-06-01T20:00:00Z')),
    ).toBe(true);
    // Sunday 22:00 to Monday 07:00: the last hour is not covered.
    expect(
      coversWindow(nights, new Date('2025-06-01T14:00:00Z'), new Date('2025-06-01T23:00:00Z')),
    ).toBe(false);
  });
});
