import { assertBoardSafe } from '../privacy/board-safe';
import {
  boardShiftOrRemoval,
  BoardShiftRow,
  isOnBoard,
  shanghaiDay,
  shiftDeepLink,
  toBoardShift,
  toTickerEntry,
} from './board-mapping';

const MARKET = { lat: 38.914, lng: 121.614 };
const NOW = new Date('2026-12-01T01:30:00Z'); // 09:30 in Shanghai

function row(overrides: Partial<BoardShiftRow> = {}): BoardShiftRow {
  return {
    id: '5b0f6a52-0b7e-4a8e-9d0c-3f1f2a9c7e11',
    status: 'open',
    title: '冷库装卸',
    trade_code: 'loader',
    trade_name_zh: '装卸工',
    trade_name_en: 'Loader',
    pay_unit: 'hour',
    pay_fen: 3000,
    starts_at: new Date('2026-12-01T02:00:00Z'),
    ends_at: new Date('2026-12-01T06:00:00Z'),
    headcount: 3,
    filled: 1,
    district: '中山区',
    lat: 38.932,
    lng: 121.614,
    market_id: null,
    instant: true,
    employer_name: '大连海鲜加工有限公司',
    employer_kind: 'business',
    ...overrides,
  };
}

describe('a shift card', () => {
  it('shows seats left, Shanghai times, the distance from the market and the QR deep link', () => {
    const card = toBoardShift(row(), MARKET, 'https://lg.example.cn/');
    expect(card).toMatchObject({
      shiftId: row().id,
      seatsLeft: 2,
      headcount: 3,
      startsAt: '2026-12-01T10:00:00.000+08:00',
      endsAt: '2026-12-01T14:00:00.000+08:00',
      pay: { unit: 'hour', amountFen: 3000 },
      tradeNameZh: '装卸工',
      employerName: '大连海鲜加工有限公司',
      qr: { url: `https://lg.example.cn/w/shifts/${row().id}` },
    });
    expect(card.distanceKm).toBeCloseTo(2.0, 1);
  });

  it('masks an individual employer and phones typed into the title, with or without separators', () => {
    const card = toBoardShift(
      row({ employer_kind: 'individual', employer_name: '王小明', title: '搬家 138 1234 5678' }),
      MARKET,
      'http://x',
    );
    expect(card.employerName).toBe('王**');
    expect(card.title).toBe('搬家 138****5678');
    expect(() => assertBoardSafe(card)).not.toThrow();
  });

  it('leaves the board when full, not open or over', () => {
    expect(isOnBoard(row(), NOW)).toBe(true);
    expect(isOnBoard(row({ filled: 3 }), NOW)).toBe(false);
    expect(isOnBoard(row({ status: 'cancelled' }), NOW)).toBe(false);
    expect(isOnBoard(row({ ends_at: NOW }), NOW)).toBe(false);
    expect(boardShiftOrRemoval(row({ filled: 3 }), MARKET, 'http://x', NOW)).toEqual({
      shiftId: row().id,
      removed: true,
    });
  });

  it('builds the deep link without a double slash', () => {
    expect(shiftDeepLink('http://a/', 'id')).toBe('http://a/w/shifts/id');
    expect(shiftDeepLink('http://a', 'id')).toBe('http://a/w/shifts/id');
  });
});

describe('a ticker line', () => {
  it('shows the worker as 张** and the time in Shanghai', () => {
    const entry = toTickerEntry({
      assignment_id: 'a1',
      created_at: NOW,
      worker_name: '张三丰',
      trade_name_zh: '装卸工',
      title: '冷库装卸 13812345678',
    });
    expect(entry).toEqual({
      assignmentId: 'a1',
      at: '2026-12-01T09:30:00.000+08:00',
      workerName: '张**',
      tradeNameZh: '装卸工',
      title: '冷库装卸 138****5678',
    });
  });

  it('names a worker without a profile generically', () => {
    const entry = toTickerEntry({
      assignment_id: 'a1',
      created_at: NOW,
      worker_name: null,
      trade_name_zh: '装卸工',
      title: 't',
    });
    expect(entry.workerName).toBe('工友');
  });
});

describe('today on the board', () => {
  it('is the Shanghai calendar day, also just after midnight there (still the day before in UTC)', () => {
    expect(shanghaiDay(new Date('2026-11-30T16:30:00Z'))).toEqual({
      start: new Date('2026-11-30T16:00:00Z'),
      end: new Date('2026-12-01T16:00:00Z'),
    });
    expect(shanghaiDay(NOW).start.toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });
});
