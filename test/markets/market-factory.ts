import { DALIAN_DISTRICT_INFO, type DalianDistrict } from '@app/listings';
import type { TestApi } from '../support/test-api';

let counter = 0;

/**
 * A valid POST /markets body; override what the test is about. A market given only
 * a district stands at that district's centre, since the API checks the two agree.
 */
export function marketBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  const centre = DALIAN_DISTRICT_INFO[overrides.district as DalianDistrict]?.centre;
  return {
    kind: 'public',
    name: `测试零工市场 ${counter}`,
    district: '中山区',
    address: '大连市中山区人民路 1 号',
    location: centre ?? { lat: 38.914, lng: 121.614 },
    openingHours: [{ weekday: 1, from: '08:00', to: '17:00' }],
    trades: ['mover', 'loader'],
    contactPhone: '0411-87654321',
    ...overrides,
  };
}

/** Creates a market as `adminToken` and returns the 201 body. */
export async function createMarket(
  api: TestApi,
  adminToken: string,
  overrides: Record<string, unknown> = {},
): Promise<any> {
  const res = await api.post('/api/v1/markets', marketBody(overrides), { token: adminToken });
  if (res.status !== 201)
    throw new Error(`create market: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Every page of a list, following nextCursor; `between` runs after each page. */
export async function allPages(
  api: TestApi,
  url: string,
  between: (page: number) => Promise<void> = async () => undefined,
): Promise<any[][]> {
  const pages: any[][] = [];
  let cursor: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const res: { status: number; body: any } = await api.get(
      cursor ? `${url}${sep}cursor=${encodeURIComponent(cursor)}` : url,
    );
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
    pages.push(res.body.items);
    cursor = res.body.nextCursor;
    await between(pages.length);
  } while (cursor);
  return pages;
}
