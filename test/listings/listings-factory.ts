import { boxContains, DALIAN_DISTRICT_BOXES, type LatLng } from '@app/common';
import type { HttpResult, SignedIn, TestApi } from '../support/test-api';

/** Dalian city centre (中山广场); shifts in the tests sit at known distances from it. */
export const CENTRE = { lat: 38.914, lng: 121.614 };
/** Kilometres per degree of latitude on earthdistance's sphere (radius 6378.168 km). */
export const KM_PER_DEGREE = (2 * Math.PI * 6378.168) / 360;

/** A point `km` north of CENTRE, rounded so no coordinate looks like a phone number. */
export function northOfCentre(km: number): { lat: number; lng: number } {
  return { lat: Number((CENTRE.lat + km / KM_PER_DEGREE).toFixed(6)), lng: CENTRE.lng };
}

/**
 * A district whose box holds `p`, old city first. Tests walk north of CENTRE to keep
 * apart from each other, so a site's district follows its point (the API checks it).
 */
export function districtAt(p: LatLng): string {
  const found = Object.entries(DALIAN_DISTRICT_BOXES).find(([, box]) => boxContains(box, p));
  if (!found) throw new Error(`no district holds ${p.lat},${p.lng}: outside the service area?`);
  return found[0];
}

/** A shift's location `km` north of CENTRE, labelled with a district that holds it. */
export function siteNorth(km: number): LatLng & { address: string; district: string } {
  const point = northOfCentre(km);
  const district = districtAt(point);
  return { ...point, address: `大连市${district}测试路 1 号`, district };
}

export const HOUR = 3_600_000;

/** An ISO instant `hours` after `from`, written with the city's offset as a phone would. */
export function isoAfter(from: Date, hours: number): string {
  const t = new Date(from.getTime() + hours * HOUR + 8 * HOUR).toISOString();
  return `${t.slice(0, 19)}+08:00`;
}

let counter = 0;

export function employerProfileBody(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    name: `大连海鲜加工有限公司${counter}`,
    kind: 'business',
    creditCode: '91350100M000100Y43',
    contactName: '王经理',
    contactPhone: '13912345678',
    ...overrides,
  };
}

export function workerProfileBody(overrides: Record<string, unknown> = {}) {
  return {
    name: '张三丰',
    trades: [
      { code: 'loader', level: 4 },
      { code: 'mover', level: 2 },
    ],
    certificates: ['health_cert'],
    homeDistrict: '甘井子区',
    homeLocation: { lat: 38.951234, lng: 121.567891 },
    maxTravelKm: 15,
    minPay: { unit: 'hour', amountFen: 2500 },
    availability: [{ weekday: 1, from: '07:00', to: '12:00' }],
    ...overrides,
  };
}

/** A valid POST /shifts body starting `startInHours` after `now`; override what the test is about. */
export function shiftBody(now: Date, overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    title: `海鲜市场装卸 ${counter}`,
    tradeCode: 'loader',
    description: '卸两车冻品',
    location: { ...CENTRE, address: '大连市中山区人民路 1 号', district: '中山区' },
    startsAt: isoAfter(now, 2),
    endsAt: isoAfter(now, 6),
    pay: { unit: 'hour', amountFen: 3000 },
    headcount: 3,
    requirements: { certificates: [], minCredit: 0 },
    instant: false,
    autoConfirm: false,
    ...overrides,
  };
}

export async function employerWithProfile(
  api: TestApi,
  overrides: Record<string, unknown> = {},
): Promise<SignedIn> {
  const employer = await api.signIn('employer');
  const res = await api.put('/api/v1/employers/me', employerProfileBody(overrides), {
    token: employer.token,
  });
  if (res.status !== 200)
    throw new Error(`employer profile: ${res.status} ${JSON.stringify(res.body)}`);
  return employer;
}

export async function workerWithProfile(
  api: TestApi,
  overrides: Record<string, unknown> = {},
): Promise<SignedIn> {
  const worker = await api.signIn('worker');
  const res = await api.put('/api/v1/workers/me', workerProfileBody(overrides), {
    token: worker.token,
  });
  if (res.status !== 200)
    throw new Error(`worker profile: ${res.status} ${JSON.stringify(res.body)}`);
  return worker;
}

export async function postShift(
  api: TestApi,
  token: string,
  body: Record<string, unknown>,
): Promise<any> {
  const res = await api.post('/api/v1/shifts', body, { token });
  if (res.status !== 201) throw new Error(`post shift: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export interface BulkShift {
  lat: number;
  lng: number;
  startsAt: Date;
  hours?: number;
  trade?: string;
  district?: string;
  payFen?: number;
  status?: string;
}

/**
 * Inserts `count` shifts for `employerId` straight into the table (thousands
 * through the API would take minutes); `row(i)` gives each one's place and start.
 */
export async function insertShifts(
  api: TestApi,
  employerId: string,
  count: number,
  row: (i: number) => BulkShift,
): Promise<string[]> {
  const rows = Array.from({ length: count }, (_, i) => row(i));
  const result: { id: string }[] = await api.db.query(
    `INSERT INTO shifts (employer_id, title, trade_code, lat, lng, address, district,
                         starts_at, ends_at, pay_unit, pay_fen, headcount, status)
     SELECT $1, '批量岗位', t.trade, t.lat, t.lng, '大连市', t.district,
            t.starts_at, t.starts_at + make_interval(hours => t.hours), 'hour', t.pay_fen, 2, t.status
     FROM unnest($2::float8[], $3::float8[], $4::timestamptz[], $5::int[], $6::text[],
                 $7::text[], $8::int[], $9::text[])
          AS t(lat, lng, starts_at, hours, trade, district, pay_fen, status)
     RETURNING id`,
    [
      employerId,
      rows.map((r) => r.lat),
      rows.map((r) => r.lng),
      rows.map((r) => r.startsAt),
      rows.map((r) => r.hours ?? 4),
      rows.map((r) => r.trade ?? 'loader'),
      rows.map((r) => r.district ?? '中山区'),
      rows.map((r) => r.payFen ?? 3000),
      rows.map((r) => r.status ?? 'open'),
    ],
  );
  return result.map((r) => r.id);
}

/** Follows nextCursor to the end; `between(page)` runs after each page is read. */
export async function allPages(
  api: TestApi,
  url: string,
  between: (page: number, items: any[]) => Promise<void> = async () => undefined,
): Promise<any[][]> {
  const pages: any[][] = [];
  let cursor: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const res: HttpResult = await api.get(
      cursor ? `${url}${sep}cursor=${encodeURIComponent(cursor)}` : url,
    );
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
    pages.push(res.body.items);
    cursor = res.body.nextCursor;
    await between(pages.length, res.body.items);
  } while (cursor);
  return pages;
}

/** A mainland mobile number standing on its own anywhere in a JSON text. */
export const PHONE_LIKE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * JSON of a response with ids taken out: a uuid's last group can hold eleven
 * digits that look like a phone number, which would fail a scan by chance.
 */
export function scannable(body: unknown): string {
  return JSON.stringify(body).replace(UUID, '<id>');
}
