import { distanceKm, LatLng, maskName, maskPersonalNumbers } from '@app/common';
import { shanghaiDate, toShanghaiIso } from '@app/listings';
import { publicEmployerName } from '@app/listings';
import type { EmployerKind } from '@app/listings';
import type {
  BoardCountersView,
  BoardShiftRemoved,
  BoardShiftView,
  BoardTickerEntryView,
} from './board.view';

/** A shift as the board queries read it (snake_case, straight from SQL). */
export interface BoardShiftRow {
  id: string;
  status: string;
  title: string;
  trade_code: string;
  trade_name_zh: string;
  trade_name_en: string;
  pay_unit: 'hour' | 'day' | 'piece';
  pay_fen: number;
  starts_at: Date;
  ends_at: Date;
  headcount: number;
  filled: number;
  district: string;
  lat: number;
  lng: number;
  market_id: string | null;
  instant: boolean;
  employer_name: string;
  employer_kind: EmployerKind;
}

export interface TickerRow {
  assignment_id: string;
  created_at: Date;
  worker_name: string | null;
  trade_name_zh: string;
  title: string;
}

export interface CountersRow {
  posted_today: number;
  filled_today: number;
  on_duty_now: number;
}

/** A card stays on the board while someone can still take a seat on it. */
export function isOnBoard(
  s: Pick<BoardShiftRow, 'status' | 'filled' | 'headcount' | 'ends_at'>,
  now: Date,
): boolean {
  return s.status === 'open' && s.filled < s.headcount && s.ends_at.getTime() > now.getTime();
}

/** The worker app's deep link for a shift: what the card's QR code encodes. */
export function shiftDeepLink(publicBaseUrl: string, shiftId: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/w/shifts/${shiftId}`;
}

/** A shift's card. Free text is masked again here: a board is the most public place there is. */
export function toBoardShift(
  r: BoardShiftRow,
  market: LatLng,
  publicBaseUrl: string,
): BoardShiftView {
  return {
    shiftId: r.id,
    title: maskPersonalNumbers(r.title),
    tradeCode: r.trade_code,
    tradeNameZh: r.trade_name_zh,
    tradeNameEn: r.trade_name_en,
    pay: { unit: r.pay_unit, amountFen: r.pay_fen },
    startsAt: toShanghaiIso(r.starts_at),
    endsAt: toShanghaiIso(r.ends_at),
    seatsLeft: r.headcount - r.filled,
    headcount: r.headcount,
    distanceKm: Math.round(distanceKm(market, r) * 100) / 100,
    district: r.district,
    employerName: maskPersonalNumbers(publicEmployerName(r.employer_name, r.employer_kind)),
    instant: r.instant,
    qr: { url: shiftDeepLink(publicBaseUrl, r.id) },
  };
}

/** The card, or its removal when no seat can be taken any more. */
export function boardShiftOrRemoval(
  r: BoardShiftRow,
  market: LatLng,
  publicBaseUrl: string,
  now: Date,
): BoardShiftView | BoardShiftRemoved {
  return isOnBoard(r, now)
    ? toBoardShift(r, market, publicBaseUrl)
    : { shiftId: r.id, removed: true };
}

/** A ticker line: a masked name (张**), the trade and the shift; nothing that reaches the person. */
export function toTickerEntry(r: TickerRow): BoardTickerEntryView {
  return {
    assignmentId: r.assignment_id,
    at: toShanghaiIso(r.created_at),
    workerName: r.worker_name ? maskName(maskPersonalNumbers(r.worker_name)) : '工友',
    tradeNameZh: r.trade_name_zh,
    title: maskPersonalNumbers(r.title),
  };
}

export function toCounters(r: CountersRow | undefined): BoardCountersView {
  return {
    postedToday: Number(r?.posted_today ?? 0),
    filledToday: Number(r?.filled_today ?? 0),
    onDutyNow: Number(r?.on_duty_now ?? 0),
  };
}

/** [start, end) of the Asia/Shanghai calendar day holding `now`: "today" for the counters. */
export function shanghaiDay(now: Date): { start: Date; end: Date } {
  const start = new Date(`${shanghaiDate(now)}T00:00:00+08:00`);
  return { start, end: new Date(start.getTime() + 24 * 3_600_000) };
}
