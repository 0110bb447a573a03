/**
 * A seeded synthetic morning in Dalian: workers who come online over the morning
 * and shifts posted 06:00–09:00, spread over the districts (denser downtown), with
 * trades from the catalogue and a spread of pay. Same seed → same world.
 */
import { clampToBox } from '@app/common/geo/bbox';
import { DALIAN_DISTRICT_BOXES } from '@app/common/geo/dalian-districts.geo';
import type { LatLng } from '@app/common/geo/distance';
import type { AvailabilitySlot } from '@app/listings/workers/availability';
import { DALIAN_DISTRICT_INFO, type DalianDistrict } from '@app/listings/markets/districts';
import type { PayUnit } from '@app/listings/shifts/domain/pay';
import { between, intBetween, mulberry32, normal, weighted, type Rng } from './prng';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
/** The simulated day: Tuesday 2026-03-10, Asia/Shanghai; times are ms after its local midnight. */
export const DAY_START_UTC_MS = Date.UTC(2026, 2, 10) - 8 * HOUR;
export const at = (ms: number): Date => new Date(DAY_START_UTC_MS + ms);

/**
 * A realistic subset of the trade catalogue (migrations/…-Trades.ts) for a morning
 * rush, with a typical hourly rate in Dalian (fen) and how often it is asked for.
 */
export const TRADES: readonly {
  code: string;
  hourlyFen: number;
  demand: number;
  certificate?: string;
  dayPaid?: number;
}[] = [
  { code: 'mover', hourlyFen: 3000, demand: 14 },
  { code: 'loader', hourlyFen: 3000, demand: 10 },
  { code: 'sorter', hourlyFen: 2400, demand: 12 },
  { code: 'construction_laborer', hourlyFen: 3500, demand: 10, dayPaid: 0.6 },
  { code: 'cleaner', hourlyFen: 2500, demand: 10 },
  { code: 'kitchen_helper', hourlyFen: 2200, demand: 8 },
  { code: 'waiter', hourlyFen: 2200, demand: 7 },
  { code: 'dishwasher', hourlyFen: 2000, demand: 5 },
  { code: 'warehouse_keeper', hourlyFen: 2600, demand: 5 },
  { code: 'packer', hourlyFen: 2300, demand: 6 },
  { code: 'seafood_processor', hourlyFen: 2400, demand: 6, dayPaid: 0.3 },
  { code: 'security_guard', hourlyFen: 2200, demand: 4, dayPaid: 0.3 },
  { code: 'electrician', hourlyFen: 4500, demand: 2, certificate: 'electrician_license' },
  { code: 'forklift_driver', hourlyFen: 3500, demand: 3, certificate: 'forklift_license' },
];
const TRADE_BY_CODE = new Map(TRADES.map((t) => [t.code, t]));
export const tradeInfo = (code: string) => TRADE_BY_CODE.get(code)!;

/** Where people live / where the work is, and how spread out (km, one sigma) around the centre. */
const WORKER_DISTRICTS: readonly (readonly [DalianDistrict, number])[] = [
  ['中山区', 14],
  ['西岗区', 10],
  ['沙河口区', 16],
  ['甘井子区', 26],
  ['旅顺口区', 6],
  ['金州区', 14],
  ['普兰店区', 5],
  ['瓦房店市', 4],
  ['庄河市', 4],
  ['长海县', 1],
];
const SHIFT_DISTRICTS: readonly (readonly [DalianDistrict, number])[] = [
  ['中山区', 18],
  ['西岗区', 12],
  ['沙河口区', 15],
  ['甘井子区', 22],
  ['旅顺口区', 4],
  ['金州区', 16],
  ['普兰店区', 5],
  ['瓦房店市', 4],
  ['庄河市', 3],
  ['长海县', 1],
];
const DOWNTOWN = new Set<DalianDistrict>(['中山区', '西岗区', '沙河口区', '甘井子区']);

export interface SimWorker {
  idx: number;
  /** Zero-padded, so the score's tie-break (smaller id first) is stable. */
  id: string;
  district: DalianDistrict;
  home: LatLng;
  trades: { code: string; level: number }[];
  certificates: string[];
  availability: AvailabilitySlot[];
  minPay: { unit: PayUnit; fen: number } | null;
  maxTravelKm: number;
  creditScore: number;
  blacklisted: boolean;
  ratingAverage: number | null;
  ratingCount: number;
  completed: number;
  noShows: number;
  /** How much pay this worker expects relative to the trade's usual rate (acceptance model). */
  pickiness: number;
  onlineAt: number;
  offlineAt: number;
}

export interface SimShift {
  idx: number;
  id: string;
  district: DalianDistrict;
  site: LatLng;
  tradeCode: string;
  certificates: string[];
  postedAt: number;
  startsAt: number;
  endsAt: number;
  pay: { unit: PayUnit; fen: number };
  /** Pay for the window turned into an hourly rate (acceptance model). */
  hourlyEquivalentFen: number;
  headcount: number;
  minCredit: number;
}

export interface World {
  seed: number;
  workers: SimWorker[];
  shifts: SimShift[];
}

export interface WorldSize {
  workers: number;
  shifts: number;
}

const KM_PER_DEG_LAT = 111.2;

function around(rng: Rng, district: DalianDistrict): LatLng {
  const { centre } = DALIAN_DISTRICT_INFO[district];
  const sigmaKm = DOWNTOWN.has(district) ? 2.5 : 4.5;
  const kmPerDegLng = KM_PER_DEG_LAT * Math.cos((centre.lat * Math.PI) / 180);
  // Like real homes and sites, inside the district's box (the API's check).
  return clampToBox(DALIAN_DISTRICT_BOXES[district]!, {
    lat: centre.lat + (normal(rng) * sigmaKm) / KM_PER_DEG_LAT,
    lng: centre.lng + (normal(rng) * sigmaKm) / kmPerDegLng,
  });
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const pad = (n: number) => String(n).padStart(6, '0');

export function makeWorld(seed: number, size: WorldSize): World {
  const rng = mulberry32(seed);
  const tradeWeights = TRADES.map((t) => [t.code, t.demand] as const);

  const workers: SimWorker[] = [];
  for (let idx = 0; idx < size.workers; idx++) {
    const district = weighted(rng, WORKER_DISTRICTS);
    const count = weighted(rng, [
      [1, 40],
      [2, 40],
      [3, 20],
    ] as const);
    const codes = new Set<string>();
    while (codes.size < count) codes.add(weighted(rng, tradeWeights));
    const trades = [...codes].map((code) => ({
      code,
      level: weighted(rng, [
        [1, 15],
        [2, 30],
        [3, 30],
        [4, 17],
        [5, 8],
      ] as const),
    }));
    const certificates = trades
      .map((t) => tradeInfo(t.code).certificate)
      .filter((c): c is string => c !== undefined && rng() < 0.85);
    const availability: AvailabilitySlot[] =
      rng() < 0.2
        ? [
            {
              weekday: 2,
              from: '05:00',
              to: weighted(rng, [
                ['12:00', 1],
                ['14:00', 1],
                ['18:00', 2],
              ] as const),
            },
          ]
        : [];
    const main = tradeInfo(trades[0]!.code);
    const minPay =
      rng() < 0.4
        ? {
            unit: 'hour' as PayUnit,
            fen: Math.round((main.hourlyFen * between(rng, 0.8, 1.05)) / 100) * 100,
          }
        : null;
    // Most come online around 06:30, some later in the morning.
    const onlineAt =
      rng() < 0.7
        ? clamp(6.5 * HOUR + normal(rng) * 40 * MINUTE, 5.5 * HOUR, 7.5 * HOUR)
        : between(rng, 7.5 * HOUR, 9.5 * HOUR);
    const ratingCount = Math.floor(-Math.log(1 - rng()) * 6);
    const completed = Math.floor(-Math.log(1 - rng()) * 15);
    workers.push({
      idx,
      id: `w${pad(idx)}`,
      district,
      home: around(rng, district),
      trades,
      certificates,
      availability,
      minPay,
      maxTravelKm: weighted(rng, [
        [5, 15],
        [8, 25],
        [10, 25],
        [15, 20],
        [20, 10],
        [30, 5],
      ] as const),
      creditScore:
        rng() < 0.05 ? intBetween(rng, 40, 80) : clamp(Math.round(100 + normal(rng) * 10), 60, 140),
      blacklisted: rng() < 0.005,
      ratingAverage: ratingCount > 0 ? Math.round(between(rng, 3.3, 5) * 10) / 10 : null,
      ratingCount,
      completed,
      noShows: rng() < 0.2 ? intBetween(rng, 1, 3) : 0,
      pickiness: between(rng, 0.85, 1.15),
      onlineAt,
      offlineAt: onlineAt + between(rng, 60, 240) * MINUTE,
    });
  }

  const shifts: SimShift[] = [];
  for (let idx = 0; idx < size.shifts; idx++) {
    const district = weighted(rng, SHIFT_DISTRICTS);
    const trade = tradeInfo(weighted(rng, tradeWeights));
    // 06:00–09:00, peaking around 07:00.
    const postedAt =
      rng() < 0.7
        ? clamp(7 * HOUR + normal(rng) * 35 * MINUTE, 6 * HOUR, 9 * HOUR)
        : between(rng, 6 * HOUR, 9 * HOUR);
    const startsAt =
      Math.ceil((postedAt + between(rng, 30, 150) * MINUTE) / (15 * MINUTE)) * 15 * MINUTE;
    const hours = weighted(rng, [
      [4, 30],
      [6, 20],
      [8, 50],
    ] as const);
    const spread = clamp(1 + normal(rng) * 0.2, 0.6, 1.6);
    const hourly = Math.round((trade.hourlyFen * spread) / 100) * 100;
    const dayPaid = rng() < (trade.dayPaid ?? 0.1);
    const pay = dayPaid
      ? { unit: 'day' as PayUnit, fen: Math.round((hourly * 8) / 1000) * 1000 }
      : { unit: 'hour' as PayUnit, fen: hourly };
    shifts.push({
      idx,
      id: `s${pad(idx)}`,
      district,
      site: around(rng, district),
      tradeCode: trade.code,
      certificates: trade.certificate && rng() < 0.8 ? [trade.certificate] : [],
      postedAt,
      startsAt,
      endsAt: startsAt + hours * HOUR,
      pay,
      hourlyEquivalentFen: dayPaid ? pay.fen / hours : pay.fen,
      headcount: weighted(rng, [
        [1, 40],
        [2, 25],
        [3, 15],
        [4, 10],
        [6, 7],
        [8, 3],
      ] as const),
      minCredit: weighted(rng, [
        [0, 80],
        [60, 15],
        [90, 5],
      ] as const),
    });
  }
  shifts.sort((a, b) => a.postedAt - b.postedAt);
  shifts.forEach((s, i) => {
    s.idx = i;
    s.id = `s${pad(i)}`;
  });
  return { seed, workers, shifts };
}
