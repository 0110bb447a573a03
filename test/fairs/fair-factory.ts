import type { SignedIn, TestApi } from '../support/test-api';
import { isoAfter } from '../listings/listings-factory';

/** A POST /markets/:id/fairs body for a fair from `fromH` to `toH` hours after `now`. */
export function fairBody(now: Date, fromH = 2, toH = 5, overrides: Record<string, unknown> = {}) {
  return {
    title: '春风行动零工专场招聘会',
    startsAt: isoAfter(now, fromH),
    endsAt: isoAfter(now, toH),
    ...overrides,
  };
}

async function ok(
  res: Promise<{ status: number; body: any }>,
  status: number,
  what: string,
): Promise<any> {
  const r = await res;
  if (r.status !== status) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** Schedules a fair at `marketId` as `operator` and returns the 201 body (the fair's detail). */
export function scheduleFair(
  api: TestApi,
  operator: SignedIn,
  marketId: string,
  now: Date,
  fromH = 2,
  toH = 5,
): Promise<any> {
  return ok(
    api.post(`/api/v1/markets/${marketId}/fairs`, fairBody(now, fromH, toH), {
      token: operator.token,
    }),
    201,
    'schedule fair',
  );
}

/** Adds a zone and returns the fair's detail. */
export function addZone(
  api: TestApi,
  operator: SignedIn,
  fairId: string,
  name = '装卸专区',
  tradeCodes = ['loader', 'mover'],
): Promise<any> {
  return ok(
    api.post(`/api/v1/fairs/${fairId}/zones`, { name, tradeCodes }, { token: operator.token }),
    201,
    'add zone',
  );
}

/** Gives `employer` a booth in `zoneId` and returns the fair's detail. */
export function addEmployer(
  api: TestApi,
  operator: SignedIn,
  fairId: string,
  employer: SignedIn,
  zoneId: string,
  booth: string,
): Promise<any> {
  return ok(
    api.post(
      `/api/v1/fairs/${fairId}/employers`,
      { phone: employer.phone, zoneId, booth },
      { token: operator.token },
    ),
    201,
    'add employer',
  );
}

/** Shows `shiftId` at the fair as `by` (operator or the shift's employer). */
export function attachShift(
  api: TestApi,
  by: SignedIn,
  fairId: string,
  shiftId: string,
): Promise<any> {
  return ok(
    api.post(`/api/v1/fairs/${fairId}/shifts`, { shiftId }, { token: by.token }),
    201,
    'attach shift',
  );
}

/**
 * An open shift of `employerId` straight into the table, at 中山广场 (the desk
 * market's place). Fair tests are about fairs, not about posting, so they do not
 * depend on POST /shifts and its rules.
 */
export async function insertShift(
  api: TestApi,
  employerId: string,
  startsAt: Date,
  opts: { hours?: number; headcount?: number; title?: string; marketId?: string } = {},
): Promise<string> {
  const [row] = await api.db.query(
    `INSERT INTO shifts (employer_id, title, trade_code, description, lat, lng, address, district,
                         starts_at, ends_at, pay_unit, pay_fen, headcount, market_id)
     VALUES ($1, $2, 'loader', '卸两车冻品', 38.914, 121.614, '大连市中山区人民路 1 号', '中山区',
             $3, $3::timestamptz + make_interval(hours => $4), 'hour', 3000, $5, $6)
     RETURNING id`,
    [
      employerId,
      opts.title ?? '冷库装卸',
      startsAt,
      opts.hours ?? 4,
      opts.headcount ?? 3,
      opts.marketId ?? null,
    ],
  );
  return row.id;
}
