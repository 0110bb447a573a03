import {
  isSameShanghaiDay,
  shanghaiDate,
  shanghaiDayStart,
  shanghaiWeekday,
  toShanghaiIso,
} from './shanghai-time';

describe('Shanghai calendar', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = savedTz;
  });

  it('starts a new Shanghai day at 16:00 UTC', () => {
    expect(shanghaiDate(new Date('2025-03-10T15:59:59.999Z'))).toBe('2025-03-10');
    expect(shanghaiDate(new Date('2025-03-10T16:00:00.000Z'))).toBe('2025-03-11');
  });

  it('treats 16:00 UTC and 15:59 UTC the next day as the same Shanghai day', () => {
    expect(
      isSameShanghaiDay(new Date('2025-03-10T16:00:00Z'), new Date('2025-03-11T15:59:59Z')),
    ).toBe(true);
    expect(
      isSameShanghaiDay(new Date('2025-03-10T15:59:59Z'), new Date('2025-03-10T16:00:00Z')),
    ).toBe(false);
  });

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'])(
    'gives the same answers when the server runs in %s',
    (tz) => {
      process.env.TZ = tz;
      const lateEvening = new Date('2025-12-31T15:30:00Z'); // 23:30 on 31 Dec in Shanghai
      const afterMidnight = new Date('2025-12-31T16:30:00Z'); // 00:30 on 1 Jan in Shanghai
      expect(shanghaiDate(lateEvening)).toBe('2025-12-31');
      expect(shanghaiDate(afterMidnight)).toBe('2026-01-01');
      expect(isSameShanghaiDay(lateEvening, afterMidnight)).toBe(false);
      expect(toShanghaiIso(afterMidnight)).toBe('2026-01-01T00:30:00.000+08:00');
    },
  );

  it('writes instants with the +08:00 offset and keeps the instant', () => {
    const iso = toShanghaiIso(new Date('2025-06-01T00:00:00Z'));
    expect(iso).toBe('2025-06-01T08:00:00.000+08:00');
    expect(new Date(iso).getTime()).toBe(Date.parse('2025-06-01T00:00:00Z'));
  });

  it('numbers weekdays 1 (Monday) to 7 (Sunday) on the Shanghai calendar', () => {
    // Sunday 2025-06-01 16:30 UTC is Monday 00:30 in Shanghai.
    expect(shanghaiWeekday(new Date('2025-06-01T15:30:00Z'))).toBe(7);
    expect(shanghaiWeekday(new Date('2025-06-01T16:30:00Z'))).toBe(1);
  });
});

describe('shanghaiDayStart', () => {
  it('is the Shanghai midnight before an instant, also just before and after 16:00 UTC', () => {
    expect(shanghaiDayStart(new Date('2030-03-11T15:59:59Z')).toISOString()).toBe(
      '2030-03-10T16:00:00.000Z',
    );
    expect(shanghaiDayStart(new Date('2030-03-11T16:00:00Z')).toISOString()).toBe(
      '2030-03-11T16:00:00.000Z',
    );
  });
});
