import { PHONE_LIKE, scannable } from '../listings/listings-factory';
import { bookedSeat, setClock } from '../matching/matching-factory';
import { auditActions } from '../credit/credit-factory';
import { startApi, type SignedIn, type TestApi } from '../support/test-api';

const NOW = new Date('2030-03-11T00:00:00Z');

describe('complaints 投诉 (clause 十五)', () => {
  let api: TestApi;
  let admin: SignedIn;

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
    admin = await api.signIn('admin');
  });
  afterAll(() => api.close());
  afterEach(() => setClock(api, NOW));

  const file = (worker: SignedIn, body: Record<string, unknown>) =>
    api.post('/api/v1/complaints', body, { token: worker.token });
  const score = async (user: SignedIn) =>
    (await api.get('/api/v1/credit/me', { token: user.token })).body.score;

  it("an upheld wage complaint lowers the employer's score; each side sees it; the audit trail lists each action", async () => {
    const { employer, worker, assignment } = await bookedSeat(api, NOW, { confirm: true });
    const filed = await file(worker, {
      assignmentId: assignment.id,
      kind: 'unpaid_wages',
      text: '干完活老板说月底结，至今未付 240 元',
    });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ status: 'open', kind: 'unpaid_wages' });

    const against = await api.get('/api/v1/complaints/mine', { token: employer.token });
    expect(against.body.items).toEqual([
      expect.objectContaining({ id: filed.body.id, status: 'open' }),
    ]);
    // The employer never sees the worker's phone (nor any phone-like number).
    expect(scannable(against.body)).not.toMatch(PHONE_LIKE);
    expect(against.body.items[0].workerPhone).toBeUndefined();

    const noted = await api.post(
      `/api/v1/admin/complaints/${filed.body.id}/notes`,
      { text: '已电话联系雇主，称资金周转困难' },
      { token: admin.token },
    );
    expect(noted.status).toBe(201);
    expect(noted.body.status).toBe('investigating');
    expect(noted.body.notes).toEqual([
      expect.objectContaining({ text: '已电话联系雇主，称资金周转困难' }),
    ]);
    expect(noted.body.workerPhone).toBe(worker.phone);

    expect(await score(employer)).toBe(100);
    const upheld = await api.post(
      `/api/v1/admin/complaints/${filed.body.id}/decide`,
      { decision: 'upheld', reason: '雇主承认欠薪' },
      { token: admin.token },
    );
    expect(upheld.status).toBe(201);
    expect(await score(employer)).toBe(50);
    const ledger = (await api.get('/api/v1/credit/me', { token: employer.token })).body.ledger;
    expect(ledger[0]).toMatchObject({ kind: 'wage_complaint_upheld', delta: -50 });

    const mine = await api.get('/api/v1/complaints/mine', { token: worker.token });
    expect(mine.body.items[0]).toMatchObject({ status: 'upheld', decisionReason: '雇主承认欠薪' });
    expect(await auditActions(api, admin, employer.id)).toEqual([
      'complaint.note',
      'complaint.upheld',
    ]);
  });

  it('an upheld unsafe-work complaint is an unsafe_work_upheld event; a dismissed one costs nothing', async () => {
    const a = await bookedSeat(api, NOW, { confirm: true });
    const b = await bookedSeat(api, NOW, { confirm: true });
    const c1 = await file(a.worker, {
      assignmentId: a.assignment.id,
      kind: 'unsafe_work',
      text: '高空作业无安全带',
    });
    const c2 = await file(b.worker, {
      assignmentId: b.assignment.id,
      kind: 'unpaid_wages',
      text: '未付',
    });
    await api.post(
      `/api/v1/admin/complaints/${c1.body.id}/decide`,
      { decision: 'upheld', reason: '现场核实' },
      { token: admin.token },
    );
    await api.post(
      `/api/v1/admin/complaints/${c2.body.id}/decide`,
      { decision: 'dismissed', reason: '已提供转账记录' },
      { token: admin.token },
    );
    expect(await score(a.employer)).toBe(60);
    expect(await score(b.employer)).toBe(100);
  });

  it("refuses a complaint about someone else's assignment or a second of the same kind, and bad input", async () => {
    const { worker, assignment } = await bookedSeat(api, NOW, { confirm: true });
    const stranger = await api.signIn('worker');
    const before = await api.count('complaints');
    const foreign = await file(stranger, {
      assignmentId: assignment.id,
      kind: 'unpaid_wages',
      text: 'x',
    });
    expect(foreign.status).toBe(409);
    expect(foreign.body.error.code).toBe('COMPLAINT_NOT_ALLOWED');
    expect(
      (await file(worker, { assignmentId: assignment.id, kind: 'theft', text: 'x' })).status,
    ).toBe(400);
    expect(
      (await file(worker, { assignmentId: assignment.id, kind: 'unpaid_wages', text: '' })).status,
    ).toBe(400);
    expect(await api.count('complaints')).toBe(before);

    expect(
      (await file(worker, { assignmentId: assignment.id, kind: 'unpaid_wages', text: '一' }))
        .status,
    ).toBe(201);
    expect(
      (await file(worker, { assignmentId: assignment.id, kind: 'unpaid_wages', text: '二' }))
        .status,
    ).toBe(409);
    expect((await api.post('/api/v1/complaints', {}, { token: admin.token })).status).toBe(403);
  });

  it('two staff deciding at once: one decision, one credit event', async () => {
    const { employer, worker, assignment } = await bookedSeat(api, NOW, { confirm: true });
    const filed = await file(worker, {
      assignmentId: assignment.id,
      kind: 'unpaid_wages',
      text: '欠薪',
    });
    const other = await api.signIn('admin');
    const results = await Promise.all(
      [admin, other].map((a) =>
        api.post(
          `/api/v1/admin/complaints/${filed.body.id}/decide`,
          { decision: 'upheld', reason: '属实' },
          { token: a.token },
        ),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM credit_events WHERE user_id = $1`,
      [employer.id],
    );
    expect(n).toBe(1);
    expect(await score(employer)).toBe(50);
  });
});
