import type { DataSource } from 'typeorm';
import type { LatLng } from '@app/common';
import { maskPersonalNumbers } from '@app/common';
import { toShanghaiIso } from '@app/listings';
import type { EmployerKind } from '@app/listings';
import { publicEmployerName } from '@app/listings';
import { type BoardShiftRow, shanghaiDay, toBoardShift } from '../board/board-mapping';
import type { BoardFairView, BoardNextFairView, BoardShiftView } from '../board/board.view';
import {
  FAIR_EMPLOYERS_SQL,
  FAIR_MATCHED_SQL,
  FAIR_NOW_SQL,
  FAIR_SHIFTS_SQL,
  FAIR_ZONES_SQL,
} from './board-fair.sql';

/** A fair's screen has room for this many cards at most; more would never be read anyway. */
const FAIR_MAX_SHIFTS = 200;

interface FairNowRow {
  kind: 'running' | 'next';
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
}

interface EmployerRow {
  employer_id: string;
  zone_id: string;
  booth: string;
  name: string;
  kind: EmployerKind;
}

export interface BoardFairPart {
  fair: BoardFairView | null;
  nextFair: BoardNextFairView | null;
}

/**
 * The job-fair part of a board's snapshot (clause 九): the fair running at the
 * market now, laid out zone → employer at a booth → their open shifts with live
 * seats, and the next fair's start so the screen knows when to look again.
 * Plain function over the DataSource: the board service calls it from snapshot().
 */
export async function readBoardFair(
  db: DataSource,
  market: LatLng & { id: string },
  now: Date,
  publicBaseUrl: string,
): Promise<BoardFairPart> {
  const rows = await db.query<FairNowRow[]>(FAIR_NOW_SQL, [market.id, now]);
  const running = rows.find((r) => r.kind === 'running');
  const next = rows.find((r) => r.kind === 'next');
  const nextFair = next
    ? {
        fairId: next.id,
        title: maskPersonalNumbers(next.title),
        startsAt: toShanghaiIso(next.starts_at),
      }
    : null;
  if (!running) return { fair: null, nextFair };

  const day = shanghaiDay(now);
  const [zones, employers, shifts, matched] = await Promise.all([
    db.query<{ id: string; name: string; trade_codes: string[] }[]>(FAIR_ZONES_SQL, [running.id]),
    db.query<EmployerRow[]>(FAIR_EMPLOYERS_SQL, [running.id]),
    db.query<(BoardShiftRow & { employer_id: string })[]>(FAIR_SHIFTS_SQL, [
      running.id,
      now,
      FAIR_MAX_SHIFTS,
    ]),
    db.query<{ n: number }[]>(FAIR_MATCHED_SQL, [running.id, day.start, day.end]),
  ]);

  const cardsOf = new Map<string, BoardShiftView[]>();
  for (const s of shifts) {
    const list = cardsOf.get(s.employer_id) ?? [];
    list.push(toBoardShift(s, market, publicBaseUrl));
    cardsOf.set(s.employer_id, list);
  }
  const cards = [...cardsOf.values()].flat();
  return {
    nextFair,
    fair: {
      fairId: running.id,
      title: maskPersonalNumbers(running.title),
      startsAt: toShanghaiIso(running.starts_at),
      endsAt: toShanghaiIso(running.ends_at),
      zones: zones.map((z) => ({
        zoneId: z.id,
        name: maskPersonalNumbers(z.name),
        tradeCodes: z.trade_codes,
        employers: employers
          .filter((e) => e.zone_id === z.id)
          .map((e) => ({
            employerName: maskPersonalNumbers(publicEmployerName(e.name, e.kind)),
            booth: maskPersonalNumbers(e.booth),
            shifts: cardsOf.get(e.employer_id) ?? [],
          })),
      })),
      counters: {
        shifts: cards.length,
        seatsLeft: cards.reduce((sum, c) => sum + c.seatsLeft, 0),
        matchedToday: Number(matched[0]?.n ?? 0),
      },
    },
  };
}
