import { checkInTiming, isLateCancel } from './timing';

// 08:00–12:00 in Shanghai on 2030-03-11.
const shift = {
  startsAt: new Date('2030-03-11T00:00:00Z'),
  endsAt: new Date('2030-03-11T04:00:00Z'),
};
const sh = (hhmm: string, day = '2030-03-11') => new Date(`${day}T${hhmm}:00+08:00`);

describe('checkInTiming', () => {
  it('opens 60 minutes before the start and closes at the end', () => {
    expect(checkInTiming(shift, sh('06:59'), 60)).toBe('too_early');
    expect(checkInTiming(shift, sh('07:00'), 60)).toBe('ok');
    expect(checkInTiming(shift, sh('11:59'), 60)).toBe('ok');
    expect(checkInTiming(shift, sh('12:00'), 60)).toBe('too_late');
  });

  it('never opens on the day before, however wide the early window', () => {
    expect(checkInTiming(shift, sh('23:30', '2030-03-10'), 720)).toBe('too_early');
    expect(checkInTiming(shift, sh('00:00'), 720)).toBe('ok');
  });
});

describe('isLateCancel', () => {
  it('is late within the configured hours of the start and after it', () => {
    expect(isLateCancel(shift.startsAt, sh('05:59'), 2)).toBe(false);
    expect(isLateCancel(shift.startsAt, sh('06:01'), 2)).toBe(true);
    expect(isLateCancel(shift.startsAt, sh('09:00'), 2)).toBe(true);
  });
});
