import { applyFairShift, fairShowing, nextSwitchAt, refetchDelay } from './board-fair';
import { applyDelta } from './board-state';
import type { BoardFair, BoardShift, BoardSnapshot } from './types';

const card = (shiftId: string, seatsLeft: number): BoardShift => ({
  shiftId,
  title: `班次 ${shiftId}`,
  tradeCode: 'loader',
  tradeNameZh: '装卸工',
  tradeNameEn: 'Loader',
  pay: { unit: 'hour', amountFen: 3000 },
  startsAt: '2030-03-11T10:00:00+08:00',
  endsAt: '2030-03-11T14:00:00+08:00',
  seatsLeft,
  headcount: 3,
  distanceKm: 0,
  district: '中山区',
  employerName: '大连港',
  instant: false,
  qr: { url: `https://lg.example/w/shifts/${shiftId}` },
});

const fair = (): BoardFair => ({
  fairId: 'f1',
  title: '零工专场招聘会',
  startsAt: '2030-03-11T09:00:00+08:00',
  endsAt: '2030-03-11T12:00:00+08:00',
  zones: [
    {
      zoneId: 'z1',
      name: '装卸专区',
      tradeCodes: ['loader'],
      employers: [{ employerName: '大连港', booth: 'A01', shifts: [card('a', 3), card('b', 2)] }],
    },
  ],
  counters: { shifts: 2, seatsLeft: 5, matchedToday: 0 },
});

describe('the board’s fair view', () => {
  it('shows the fair until its end by the screen’s clock', () => {
    expect(fairShowing(fair(), Date.parse('2030-03-11T11:59:59+08:00'))).toBe(true);
    expect(fairShowing(fair(), Date.parse('2030-03-11T12:00:00+08:00'))).toBe(false);
    expect(fairShowing(null, 0)).toBe(false);
  });

  it('refetches at the fair’s end, or at the next fair’s start, never in a tight loop', () => {
    expect(nextSwitchAt({ fair: fair(), nextFair: null })).toBe(
      Date.parse('2030-03-11T12:00:00+08:00'),
    );
    const startsAt = '2030-03-11T15:00:00+08:00';
    expect(nextSwitchAt({ fair: null, nextFair: { fairId: 'f2', title: '', startsAt } })).toBe(
      Date.parse(startsAt),
    );
    expect(nextSwitchAt({})).toBeNull();
    expect(refetchDelay(10_000, 5_000)).toBe(5_300);
    expect(refetchDelay(10_000, 20_000)).toBe(1_000);
  });

  it('takes a delta’s seats into the card and the counters; seats taken count as matches', () => {
    const next = applyFairShift(fair(), card('a', 1));
    expect(next.zones[0]!.employers[0]!.shifts.map((s) => s.seatsLeft)).toEqual([1, 2]);
    expect(next.counters).toEqual({ shifts: 2, seatsLeft: 3, matchedToday: 2 });
  });

  it('drops a card that can no longer be taken, and ignores shifts the fair does not show', () => {
    const next = applyFairShift(fair(), { shiftId: 'b', removed: true });
    expect(next.zones[0]!.employers[0]!.shifts.map((s) => s.shiftId)).toEqual(['a']);
    expect(next.counters).toEqual({ shifts: 1, seatsLeft: 3, matchedToday: 0 });
    const same = fair();
    expect(applyFairShift(same, card('zzz', 1))).toBe(same);
  });

  it('is applied by applyDelta alongside the normal board', () => {
    const board: BoardSnapshot = {
      marketId: 'm',
      market: { name: '', district: '', address: '', openNow: true, openingHours: [] },
      generatedAt: '',
      shifts: [card('a', 3)],
      ticker: [],
      counters: { postedToday: 0, filledToday: 0, onDutyNow: 0 },
      fair: fair(),
      nextFair: null,
    };
    const counters = { postedToday: 0, filledToday: 1, onDutyNow: 0 };
    const next = applyDelta(board, { kind: 'shift', shift: card('a', 2), counters });
    expect(next.shifts[0]!.seatsLeft).toBe(2);
    expect(next.fair!.zones[0]!.employers[0]!.shifts[0]!.seatsLeft).toBe(2);
  });
});
