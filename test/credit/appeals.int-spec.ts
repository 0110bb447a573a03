import { employerAndShift, setClock } from '../matching/matching-factory';
import { startApi, type SignedIn, type TestApi } from '../support/test-api';
import { auditActions, blacklist, giveEvents, onlineWorker } from './credit-factory';
import { GRAB_BODY } from '../support/grab-body';

const NOW = new Date('2030-03-11T00:00:00Z');

describe('appeals 申诉 (clause 十八)', () => {
  let api: TestApi;
  let admin: SignedIn;

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
    admin = await api.signIn('admin');
  });
  afterAll(() => api.close());
  afterEach(() => setClock(api, NOW));

  const appeal = (user: SignedIn, body: Record<string, unknown>) =>
    api.post('/api/v1/credit/appeals', body, { token: user.token });
  const decide = (id: string, body: Record<string, unknown>) =>
    api.post(`/api/v1/admin/appeals/${id}/decide`, body, { token: admin.token });

  it('an upheld appeal lifts the blacklist entry: the worker can grab again', async () => {
    const worker = await onlineWorker(api);
    const { shift } = await employerAndShift(api, NOW);
    const entry = await blacklist(api, admin, { userId: worker.id, reason: '爽约' });
    const filed = await appeal(worker, {
      blacklistEntryId: entry.id,
      text: '当天因病就医，有病历',
    });
    expect(filed.status).toBe(201);
    expect(filed.body.status).toBe('open');

    const queue = await api.get('/api/v1/admin/appeals', { token: admin.token });
    expect(queue.body.items.map((a: any) => a.id)).toContain(filed.body.id);

    const upheld = await decide(filed.body.id, { decision: 'upheld', reason: '病历属实' });
    expect(upheld.status).toBe(201);
    expect(upheld.body).toMatchObject({ status: 'upheld', decisionReason: '病历属实' });
    const me = (await api.get('/api/v1/credit/me', { token: worker.token })).body;
    expect(me.blacklist[0]).toMatchObject({ id: entry.id, active: false });
    expect(me.appeals[0]).toMatchObject({ status: 'upheld' });
    expect(
      (await api.post(`/api/v1/shifts/${shift.id}/grab`, GRAB_BODY, { token: worker.token }))
        .status,
    ).toBe(201);
    expect(await auditActions(api, admin, worker.id)).toEqual([
      'blacklist.add',
      'blacklist.lift_by_appeal',
      'appeal.upheld',
    ]);
    expect((await decide(filed.body.id, { decision: 'dismissed', reason: 'x' })).status).toBe(409);
  });

  it('an upheld appeal against a credit event voids it and restores the score; a dismissed one keeps it', async () => {
    const worker = await onlineWorker(api);
    await giveEvents(api, worker.id, [
      { kind: 'no_show', delta: -20, at: NOW },
      { kind: 'late_cancel', delta: -10, at: NOW },
    ]);
    const ledger = (await api.get('/api/v1/credit/me', { token: worker.token })).body.ledger;
    const noShow = ledger.find((e: any) => e.kind === 'no_show');
    const late = ledger.find((e: any) => e.kind === 'late_cancel');

    const a1 = await appeal(worker, { creditEventId: noShow.id, text: '雇主临时取消，并非爽约' });
    const a2 = await appeal(worker, { creditEventId: late.id, text: '并非迟取消' });
    await decide(a1.body.id, { decision: 'upheld', reason: '核实雇主已取消' });
    await decide(a2.body.id, { decision: 'dismissed', reason: '取消时间在开工前 1 小时内' });

    const me = (await api.get('/api/v1/credit/me', { token: worker.token })).body;
    expect(me.score).toBe(90);
    expect(me.ledger.find((e: any) => e.id === noShow.id)).toMatchObject({ weighted: 0 });
    expect(me.ledger.find((e: any) => e.id === noShow.id).voidedAt).not.toBeNull();
    expect(me.appeals.map((a: any) => a.status).sort()).toEqual(['dismissed', 'upheld']);
  });

  it("refuses an appeal against someone else's record, or a second open one (racing)", async () => {
    const worker = await onlineWorker(api);
    const other = await onlineWorker(api);
    const entry = await blacklist(api, admin, { userId: worker.id, reason: '爽约' });
    const foreign = await appeal(other, { blacklistEntryId: entry.id, text: 'not mine' });
    expect(foreign.status).toBe(409);
    expect(foreign.body.error.code).toBe('APPEAL_NOT_ALLOWED');
    expect((await appeal(worker, { text: 'which?' })).status).toBe(400);

    const results = await Promise.all(
      Array.from({ length: 4 }, () => appeal(worker, { blacklistEntryId: entry.id, text: '申诉' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM credit_appeals WHERE blacklist_entry_id = $1`,
      [entry.id],
    );
    expect(n).toBe(1);
  });
});
