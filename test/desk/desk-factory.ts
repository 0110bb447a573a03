import type { SignedIn, TestApi } from '../support/test-api';
import { createMarket } from '../markets/market-factory';

/** A market (at 中山广场, like the factories' shifts) created by `admin`. */
export function deskMarket(api: TestApi, admin: SignedIn): Promise<any> {
  return createMarket(api, admin.token, { location: { lat: 38.914, lng: 121.614 } });
}

/** An operator bound to `marketId` by `admin`. */
export async function boundOperator(
  api: TestApi,
  admin: SignedIn,
  marketId: string,
): Promise<SignedIn> {
  const operator = await api.signIn('operator');
  const res = await api.put(`/api/v1/markets/${marketId}/operators/${operator.id}`, undefined, {
    token: admin.token,
  });
  if (res.status !== 200) throw new Error(`bind: ${res.status} ${JSON.stringify(res.body)}`);
  return operator;
}

/** A walk-in registration body; the profile takes any time and the loader trade. */
export function walkInBody(
  api: TestApi,
  version: string,
  overrides: Record<string, unknown> = {},
): Record<string, any> {
  return {
    phone: api.newPhone(),
    consent: { method: 'verbal', textVersion: version },
    profile: {
      name: '李大强',
      trades: [{ code: 'loader', level: 3 }],
      homeDistrict: '中山区',
      maxTravelKm: 10,
      availability: [],
    },
    ...overrides,
  };
}

/** Registers a walk-in at `marketId` as `operator`; returns the 201 body. */
export async function registerWalkIn(
  api: TestApi,
  operator: SignedIn,
  marketId: string,
  version: string,
  overrides: Record<string, unknown> = {},
): Promise<any> {
  const res = await api.post(
    `/api/v1/markets/${marketId}/walk-ins`,
    walkInBody(api, version, overrides),
    { token: operator.token },
  );
  if (res.status !== 201) throw new Error(`walk-in: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
