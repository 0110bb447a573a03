import {
  canCheckOut,
  canDisputeHours,
  checkConfirmedFigures,
  earnsCompletion,
  hoursDisputeUntil,
  payForMinutes,
} from './check-out';

// 10:00–14:00 in Shanghai on 2030-03-11; the worker checked in at 09:30.
const sh = (hhmm: string, day = '2030-03-11') => new Date(`${day}T${hhmm}:00+08:00`);
const shift = { startsAt: sh('10:00') };
const input = {
  startsAt: sh('10:00'),
  checkInAt: sh('09:30'),
  pay: { unit: 'hour' as const, amountFen: 3000 },
};

describe('canCheckOut', () => {
  it('opens at the start of the shift, not a minute before', () => {
    expect(canCheckOut(sh('09:59'), shift)).toBe(false);
    expect(canCheckOut(new Date(sh('10:00').getTime() - 1), shift)).toBe(false);
    expect(canCheckOut(sh('10:00'), shift)).toBe(true);
    expect(canCheckOut(sh('18:00'), shift)).toBe(true);
  });
});

describe('checkConfirmedFigures', () => {
  it('accepts the figures shown for a recent check-out instant', () => {
    // 09:30–13:45 is 255 minutes = 4.25 h at 30 元/h.
    const { result, record } = checkConfirmedFigures(
      input,
      { at: sh('13:45'), hours: 4.25, payFen: 12750 },
      sh('13:50'),
    );
    expect(result).toBe('ok');
    expect(record).toEqual({ minutesWorked: 255, hours: 4.25, payFen: 12750 });
  });

  it('refuses figures that are not what the rules give', () => {
    const more = { at: sh('13:45'), hours: 8, payFen: 24000 };
    expect(checkConfirmedFigures(input, more, sh('13:45')).result).toBe('changed');
    const cheaper = { at: sh('13:45'), hours: 4.25, payFen: 100 };
    expect(checkConfirmedFigures(input, cheaper, sh('13:45')).result).toBe('changed');
  });

  it('refuses figures older than ten minutes or from the future', () => {
    const shown = { at: sh('13:45'), hours: 4.25, payFen: 12750 };
    expect(checkConfirmedFigures(input, shown, sh('13:55')).result).toBe('ok');
    expect(checkConfirmedFigures(input, shown, sh('13:56')).result).toBe('stale');
    expect(checkConfirmedFigures(input, shown, sh('13:44')).result).toBe('stale');
  });

  it('refuses a check-out instant before the start', () => {
    const early = { at: sh('09:55'), hours: 0.42, payFen: 1250 };
    expect(checkConfirmedFigures(input, early, sh('10:01')).result).toBe('too_early');
    expect(checkConfirmedFigures(input, early, sh('09:56')).result).toBe('too_early');
  });
});

describe('earnsCompletion', () => {
  it('is earned by work that took at least a minute', () => {
    expect(earnsCompletion(0)).toBe(false);
    expect(earnsCompletion(1)).toBe(true);
  });
});

describe('the employer’s dispute window', () => {
  it('is open until the configured hours after the check-out', () => {
    const out = sh('14:00');
    expect(hoursDisputeUntil(out, 48)).toEqual(sh('14:00', '2030-03-13'));
    expect(canDisputeHours(out, sh('14:00', '2030-03-13'), 48)).toBe(true);
    expect(canDisputeHours(out, sh('14:01', '2030-03-13'), 48)).toBe(false);
  });

  it('prices the employer’s figure by the shift’s unit', () => {
    expect(payForMinutes(180, { unit: 'hour', amountFen: 3000 }, 12750)).toBe(9000);
    expect(payForMinutes(180, { unit: 'day', amountFen: 20000 }, 20000)).toBe(20000);
    expect(payForMinutes(0, { unit: 'day', amountFen: 20000 }, 20000)).toBe(0);
    expect(payForMinutes(30, { unit: 'piece', amountFen: 150 }, 6000)).toBe(6000);
  });
});
