import { CandidatesService } from '@app/matching';
import { northOfCentre } from '../listings/listings-factory';
import { employerAndShift, setClock } from '../matching/matching-factory';
import { startApi, type SignedIn, type TestApi } from '../support/test-api';
import { auditActions, blacklist, onlineWorker } from './credit-factory';
import { GRAB_BODY } from '../support/grab-body';

// 08:00 in Shanghai; factory shifts start two hours later.
const NOW = new Date('2030-03-11T00:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('the blacklist 联合惩戒 (clause 十八)', () => {
  let api: TestApi;
  let admin: SignedIn;
  let candidates: CandidatesService;

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
    admin = await api.signIn('admin');
    candidates = api.app.get(CandidatesService);
  });
  afterAll(() => api.close());
  afterEach(() => setClock(api, NOW));

  const ranked = async (shiftId: string) =>
    (await candidates.rank(shiftId, { radiusKm: 5, limit: 50 })).map((c) => c.workerId);
  const grab = (shiftId: string, worker: SignedIn) =>
    api.post(`/api/v1/shifts/${shiftId}/grab`, GRAB_BODY, { token: worker.token });

  it('keeps a blacklisted worker out of offers and grabs until the entry expires', async () => {
    const worker = await onlineWorker(api);
    const { shift } = await employerAndShift(api, NOW, { headcount: 2 });
    expect(await ranked(shift.id)).toContain(worker.id);

    const entry = await blacklist(api, admin, {
      phone: worker.phone,
      reason: '多次爽约',
      evidence: '2030-03-01、03-05 两次未到岗，见 https://example.org/case/1',
      until: new Date(NOW.getTime() + HOUR).toISOString(),
    });
    expect(entry).toMatchObject({ userId: worker.id, active: true, reason: '多次爽约' });

    expect(await ranked(shift.id)).not.toContain(worker.id);
    const why = await candidates.explain(shift.id, worker.id);
    expect(why.reasons).toContain('blacklisted');
    const refused = await grab(shift.id, worker);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual([
      { field: 'shiftId', message: expect.stringMatching(/限制|blacklist/) },
    ]);

    // An hour later the entry has run out: the shift (still ahead) is open to them again.
    setClock(api, new Date(NOW.getTime() + HOUR + 60_000));
    await api.post(
      '/api/v1/workers/me/presence',
      { online: true, location: northOfCentre(0.5) },
      { token: worker.token },
    );
    expect(await ranked(shift.id)).toContain(worker.id);
    expect((await grab(shift.id, worker)).status).toBe(201);
    const me = await api.get('/api/v1/credit/me', { token: worker.token });
    expect(me.body.blacklist).toEqual([expect.objectContaining({ id: entry.id, active: false })]);
  });

  it('lifts an indefinite entry early, with the reason, and audits both actions', async () => {
    const worker = await onlineWorker(api);
    const { shift } = await employerAndShift(api, NOW);
    const entry = await blacklist(api, admin, { userId: worker.id, reason: '提供虚假身份信息' });
    expect(entry.until).toBeNull();
    expect((await grab(shift.id, worker)).status).toBe(409);

    const lifted = await api.post(
      `/api/v1/admin/blacklist/${entry.id}/lift`,
      { reason: '已核实身份' },
      { token: admin.token },
    );
    expect(lifted.status).toBe(201);
    expect(lifted.body).toMatchObject({ active: false, liftReason: '已核实身份' });
    expect((await grab(shift.id, worker)).status).toBe(201);

    const again = await api.post(
      `/api/v1/admin/blacklist/${entry.id}/lift`,
      { reason: 'twice' },
      { token: admin.token },
    );
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('BLACKLIST_ENTRY_CLOSED');
    expect(await auditActions(api, admin, worker.id)).toEqual(['blacklist.add', 'blacklist.lift']);
  });

  it('lists entries in force for admins only, and refuses bad input without writing', async () => {
    const worker = await onlineWorker(api);
    await blacklist(api, admin, { userId: worker.id, reason: '恶意抢单' });
    const list = await api.get('/api/v1/admin/blacklist?active=true', { token: admin.token });
    expect(list.status).toBe(200);
    expect(list.body.items.map((e: any) => e.userId)).toContain(worker.id);
    expect(list.body).toHaveProperty('nextCursor');
    expect((await api.get('/api/v1/admin/blacklist', { token: worker.token })).status).toBe(403);

    const before = await api.count('blacklist_entries');
    const noReason = await api.post(
      '/api/v1/admin/blacklist',
      { userId: worker.id, reason: '' },
      { token: admin.token },
    );
    expect(noReason.status).toBe(400);
    const past = await api.post(
      '/api/v1/admin/blacklist',
      { userId: worker.id, reason: 'x', until: new Date(NOW.getTime() - DAY).toISOString() },
      { token: admin.token },
    );
    expect(past.status).toBe(400);
    expect(past.body.error.details[0].field).toBe('until');
    const nobody = await api.post(
      '/api/v1/admin/blacklist',
      { phone: '13000000000', reason: 'x' },
      { token: admin.token },
    );
    expect(nobody.status).toBe(404);
    expect(await api.count('blacklist_entries')).toBe(before);
  });
});
