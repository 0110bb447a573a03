import { northOfCentre, workerWithProfile } from '../listings/listings-factory';
import type { SignedIn, TestApi } from '../support/test-api';
import { CreditService } from '@app/credit';

/** A worker with a profile who is online `km` north of the centre (where factory shifts are). */
export async function onlineWorker(api: TestApi, km = 0.5): Promise<SignedIn> {
  const worker = await workerWithProfile(api, { availability: [] });
  const res = await api.post(
    '/api/v1/workers/me/presence',
    { online: true, location: northOfCentre(km) },
    { token: worker.token },
  );
  if (res.status !== 200) throw new Error(`presence: ${res.status} ${JSON.stringify(res.body)}`);
  return worker;
}

/**
 * Past ledger events straight into the table (the paths that record them have tests of
 * their own), then the cached score refreshed from the ledger as the API would.
 */
export async function giveEvents(
  api: TestApi,
  userId: string,
  events: { kind: string; delta: number; at: Date }[],
): Promise<number> {
  for (const e of events) {
    await api.db.query(
      `INSERT INTO credit_events (user_id, kind, delta, created_at) VALUES ($1, $2, $3, $4)`,
      [userId, e.kind, e.delta, e.at],
    );
  }
  const credit = api.app.get(CreditService);
  return api.db.transaction((tx) => credit.refresh(tx, userId));
}

export async function blacklist(
  api: TestApi,
  admin: SignedIn,
  body: Record<string, unknown>,
): Promise<any> {
  const res = await api.post('/api/v1/admin/blacklist', body, { token: admin.token });
  if (res.status !== 201) throw new Error(`blacklist: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function auditActions(
  api: TestApi,
  admin: SignedIn,
  userId: string,
): Promise<string[]> {
  const res = await api.get(`/api/v1/admin/audit?userId=${userId}&limit=100`, {
    token: admin.token,
  });
  if (res.status !== 200) throw new Error(`audit: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body.items as { action: string }[]).map((a) => a.action).reverse();
}
