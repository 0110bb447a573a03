import { maskPersonalNumbers, personalDataIn } from '@app/common';
import { assertBoardSafe, boardProblem, BoardPrivacyError } from './board-safe';

describe('assertBoardSafe', () => {
  const safe = {
    marketId: '0f8e5d3c-1381-2345-6789-13812345678a',
    generatedAt: '2026-12-01T09:30:00.000+08:00',
    shifts: [
      {
        title: '装卸 联系 138****5678',
        pay: { unit: 'hour', amountFen: 3000 },
        qr: { url: 'http://localhost:3000/w/shifts/7c1e2d3c-1381-2345-6789-138123456789' },
        employerName: '张**',
        distanceKm: 1.234,
      },
    ],
    ticker: [{ workerName: '李*', at: '2026-12-01T09:31:00.000+08:00' }],
    counters: { postedToday: 13912345, filledToday: 2, onDutyNow: 0 },
  };

  it('lets a masked, public payload through (uuids, times, money and masked phones included)', () => {
    expect(() => assertBoardSafe(safe)).not.toThrow();
  });

  it.each([
    ['13812345678'],
    ['call 138 1234 5678 now'],
    ['138-1234-5678'],
    ['+86 13812345678'],
    ['8613812345678'],
    ['电话：19912345678。'],
    ['170.5555.6666'],
    ['170/5555/6666'],
    ['１７０５５５５６６６６'],
    ['170\u200b5555\u200b6666'],
    ['1 7 0 5 5 5 5 6 6 6 6'],
  ])('refuses a mobile number written as %s', (text) => {
    expect(() => assertBoardSafe({ shifts: [{ title: text }] })).toThrow(BoardPrivacyError);
  });

  it('refuses a mobile number stored as a number', () => {
    expect(() => assertBoardSafe({ counters: { postedToday: 13812345678 } })).toThrow(
      /counters\.postedToday/,
    );
  });

  it.each([
    ['210202199001011234'],
    ['21020219900101123X'],
    ['210202 19900101 123x'],
    ['210202 1980 0101 123X'],
  ])('refuses an ID card number written as %s', (text) => {
    expect(() => assertBoardSafe({ ticker: [{ workerName: text }] })).toThrow(/ID card/);
  });

  it.each([
    ['phone'],
    ['contactPhone'],
    ['idNumber'],
    ['id_card'],
    ['homeLocation'],
    ['home_lat'],
    ['lat'],
  ])('refuses a field named %s, whatever its value', (key) => {
    expect(() => assertBoardSafe({ shifts: [{ [key]: null }] })).toThrow(/personal field/);
  });

  it('names the path but never the value in its message', () => {
    try {
      assertBoardSafe({ shifts: [{ title: 'ok' }, { title: '找王 13812345678' }] });
      throw new Error('did not throw');
    } catch (e) {
      expect((e as Error).message).toContain('$.shifts[1].title');
      expect((e as Error).message).not.toContain('13812345678');
    }
  });

  it('leaves other numbers alone: landlines, 12-digit runs, order numbers', () => {
    expect(personalDataIn('0411-87654321')).toBeUndefined();
    expect(personalDataIn('138123456789')).toBeUndefined();
    expect(personalDataIn('订单 123456')).toBeUndefined();
    expect(personalDataIn('12345678901')).toBeUndefined();
  });
});

describe('maskPersonalNumbers', () => {
  it('masks mobiles typed with separators and ID numbers, so the guard then passes', () => {
    const masked = maskPersonalNumbers(
      '找张 138 1234 5678 或 +86-139-1234-5678, 证 21020219900101123X',
    );
    expect(masked).toBe('找张 138****5678 或 139****5678, 证 210202********123X');
    expect(personalDataIn(masked)).toBeUndefined();
  });
});

describe('boardProblem', () => {
  it('names where a payload is unsafe and why, or nothing when it is safe', () => {
    expect(boardProblem({ shifts: [{ title: '装卸' }] })).toBeUndefined();
    const problem = boardProblem({ shifts: [{ title: '找王 170.5555.6666' }] }, '$card');
    expect(problem).toMatchObject({
      path: '$card.shifts[0].title',
      reason: 'looks like a mobile number',
    });
  });

  it('reads ids and links as ids, whatever digits they hold', () => {
    const id = '0f8e5d3c-1381-2345-6789-a13812345678';
    expect(
      boardProblem({ shiftId: id, qr: { url: `https://lg.example.cn/w/shifts/${id}` } }),
    ).toBeUndefined();
  });
});
