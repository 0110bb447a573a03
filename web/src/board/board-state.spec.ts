import { applyDelta, pageCount, stillOpen, TICKER_SIZE } from './board-state';
import type { BoardCounters, BoardShift, BoardSnapshot, BoardTickerEntry } from './types';

const shift = (shiftId: string, over: Partial<BoardShift> = {}): BoardShift => ({
  shiftId,
  title: `班次 ${shiftId}`,
  tradeCode: 'mason',
  tradeNameZh: '瓦工',
  tradeNameEn: 'Mason',
  pay: { unit: 'day', amountFen: 30000 },
  startsAt: '2026-11-28T09:00:00+08:00',
  endsAt: '2026-11-28T17:00:00+08:00',
  seatsLeft: 2,
  headcount: 3,
  distanceKm: 1,
  district: 'pudong',
  employerName: '浦东建工',
  instant: false,
  qr: { url: `https://lg.example/s/${shiftId}` },
  ...over,
});

const entry = (assignmentId: string, workerName = '王师傅'): BoardTickerEntry => ({
  assignmentId,
  at: '2026-11-28T08:00:00+08:00',
  workerName,
  tradeNameZh: '瓦工',
  title: '砌墙',
});

const counters = (filledToday: number): BoardCounters => ({
  postedToday: 10,
  filledToday,
  onDutyNow: 4,
});

const board = (over: Partial<BoardSnapshot> = {}): BoardSnapshot => ({
  marketId: 'm1',
  market: {
    name: '浦东零工市场',
    district: 'pudong',
    address: '某路 1 号',
    openNow: true,
    openingHours: [],
  },
  generatedAt: '2026-11-28T08:00:00+08:00',
  shifts: [shift('a', { distanceKm: 1 }), shift('b', { distanceKm: 3 })],
  ticker: [entry('t1'), entry('t2')],
  counters: counters(5),
  ...over,
});

const ids = (b: BoardSnapshot) => b.shifts.map((s) => s.shiftId);

describe('board deltas', () => {
  it('takes a removed shift off the list and updates the counters', () => {
    const next = applyDelta(board(), {
      kind: 'shift',
      shift: { shiftId: 'a', removed: true },
      counters: counters(6),
    });
    expect(ids(next)).toEqual(['b']);
    expect(next.counters.filledToday).toBe(6);
  });

  it('puts a new shift in its place: nearest first', () => {
    const next = applyDelta(board(), {
      kind: 'shift',
      shift: shift('c', { distanceKm: 2 }),
      counters: counters(5),
    });
    expect(ids(next)).toEqual(['a', 'c', 'b']);
  });

  it('orders shifts equally far by earliest start, then by id', () => {
    const next = applyDelta(
      board({
        shifts: [
          shift('z', { distanceKm: 1, startsAt: '2026-11-28T10:00:00+08:00' }),
          shift('m', { distanceKm: 1, startsAt: '2026-11-28T11:00:00+08:00' }),
        ],
      }),
      {
        kind: 'shift',
        shift: shift('k', { distanceKm: 1, startsAt: '2026-11-28T10:00:00+08:00' }),
        counters: counters(5),
      },
    );
    expect(ids(next)).toEqual(['k', 'z', 'm']);
  });

  it('replaces an updated shift rather than showing it twice', () => {
    const next = applyDelta(board(), {
      kind: 'shift',
      shift: shift('a', { distanceKm: 1, seatsLeft: 1 }),
      counters: counters(6),
    });
    expect(ids(next)).toEqual(['a', 'b']);
    expect(next.shifts[0]!.seatsLeft).toBe(1);
  });

  it('leaves the board it was given untouched', () => {
    const before = board();
    const copy = JSON.parse(JSON.stringify(before)) as BoardSnapshot;
    const next = applyDelta(before, {
      kind: 'shift',
      shift: { shiftId: 'a', removed: true },
      counters: counters(6),
    });
    expect(next).not.toBe(before);
    expect(before).toEqual(copy);
  });

  it('puts a new match at the top of the ticker', () => {
    const next = applyDelta(board(), { kind: 'ticker', entry: entry('t3'), counters: counters(6) });
    expect(next.ticker.map((e) => e.assignmentId)).toEqual(['t3', 't1', 't2']);
    expect(next.counters.filledToday).toBe(6);
  });

  it('updates a match that comes again where it stands in the ticker', () => {
    const next = applyDelta(board(), {
      kind: 'ticker',
      entry: entry('t2', '李师傅'),
      counters: counters(6),
    });
    expect(next.ticker.map((e) => [e.assignmentId, e.workerName])).toEqual([
      ['t1', '王师傅'],
      ['t2', '李师傅'],
    ]);
  });

  it(`keeps only the latest ${TICKER_SIZE} matches in the ticker`, () => {
    const full = Array.from({ length: TICKER_SIZE }, (_, i) => entry(`old${i}`));
    const next = applyDelta(board({ ticker: full }), {
      kind: 'ticker',
      entry: entry('new'),
      counters: counters(6),
    });
    expect(next.ticker).toHaveLength(TICKER_SIZE);
    expect(next.ticker[0]!.assignmentId).toBe('new');
    expect(next.ticker.map((e) => e.assignmentId)).not.toContain(`old${TICKER_SIZE - 1}`);
  });

  it('changes only the counters on a counters delta', () => {
    const before = board();
    const next = applyDelta(before, { kind: 'counters', counters: counters(9) });
    expect(next.counters).toEqual(counters(9));
    expect(next.shifts).toBe(before.shifts);
    expect(next.ticker).toBe(before.ticker);
  });
});

describe('board screen', () => {
  it('drops cards whose shift has ended, even with no event saying so', () => {
    const shifts = [
      shift('ended', { endsAt: '2026-11-28T12:00:00+08:00' }),
      shift('open', { endsAt: '2026-11-28T12:00:01+08:00' }),
    ];
    const noon = Date.parse('2026-11-28T12:00:00+08:00');
    expect(stillOpen(shifts, noon).map((s) => s.shiftId)).toEqual(['open']);
    expect(stillOpen(shifts, noon - 1).map((s) => s.shiftId)).toEqual(['ended', 'open']);
  });

  it('counts pages of cards, with one page for an empty board', () => {
    expect(pageCount(0, 6)).toBe(1);
    expect(pageCount(6, 6)).toBe(1);
    expect(pageCount(7, 6)).toBe(2);
    expect(pageCount(13, 6)).toBe(3);
  });

  it('does not divide by zero when the screen fits no cards', () => {
    expect(pageCount(3, 0)).toBe(3);
  });
});
