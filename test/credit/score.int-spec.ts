import { CandidatesService } from '@app/matching';
import { bookedSeat, employerAndShift, setClock } from '../matching/matching-factory';
import { startApi, type SignedIn, type TestApi } from '../support/test-api';
import { giveEvents, onlineWorker } from './credit-factory';
import { GRAB_BODY } from '../support/grab-body';
import { CreditService } from '@app/credit';

// 08:00 in Shanghai; factory shifts run 10:00–14:00.
const NOW = new Date('2030-03-11T00:00:00Z');
const at = (hhmm: string) => new Date(`2030-03-11T${hhmm}:00+08:00`);
const DAY = 86_400_000;

describe('the credit score (clause 十八 信用管理)', () => {
  let api: TestApi;
  let credit: CreditService;
  const me = async (user: SignedIn) =>
    (await api.get('/api/v1/credit/me', { token: user.token })).body;

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
    credit = api.app.get(CreditService);
  });
  afterAll(() => api.close());
  afterEach(() => setClock(api, NOW));

  it('falls after a no-show and recovers as the event ages (periodic refresh and read path)', async () => {
    const { employer, worker, assignment } = await bookedSeat(api, NOW, { confirm: true });
    expect((await me(worker)).score).toBe(100);

    setClock(api, at('10:30'));
    const marked = await api.post(`/api/v1/assignments/${assignment.id}/no-show`, undefined, {
      token: employer.token,
    });
    expect(marked.status).toBe(200);
    const after = await me(worker);
    expect(after.score).toBe(80);
    expect(after.ledger).toEqual([
      expect.objectContaining({
        kind: 'no_show',
        delta: -20,
        weighted: -20,
        assignmentId: assignment.id,
      }),
    ]);
    const cached = async () =>
      (await api.db.query(`SELECT credit_score FROM users WHERE id = $1`, [worker.id]))[0]
        .credit_score;
    expect(await cached()).toBe(80);

    // Half a year on (one half-life) the no-show counts half: the hourly refresh re-caches it.
    setClock(api, new Date(at('10:30').getTime() + 180 * DAY));
    expect(await credit.refreshDue()).toBeGreaterThanOrEqual(1);
    expect(await cached()).toBe(90);
    // A year and a half on, the read path shows (and caches) the further recovery.
    setClock(api, new Date(at('10:30').getTime() + 540 * DAY));
    expect((await me(worker)).score).toBe(98);
    expect(await cached()).toBe(98);
    // Refreshed just now: the periodic pass leaves this user alone.
    expect(await credit.refreshDue()).toBe(0);
  });

  it('keeps a worker under the instant-hire bar out of instant offers, but lets them grab a shift posted ahead', async () => {
    const worker = await onlineWorker(api);
    const score = await giveEvents(api, worker.id, [
      { kind: 'no_show', delta: -20, at: NOW },
      { kind: 'no_show', delta: -20, at: NOW },
      { kind: 'late_cancel', delta: -10, at: NOW },
    ]);
    expect(score).toBe(50);
    const candidates = api.app.get(CandidatesService);
    const { shift: instant } = await employerAndShift(api, NOW, { instant: true });
    const why = await candidates.explain(instant.id, worker.id);
    expect(why.reasons).toContain('credit_below_bar');
    const ranked = await candidates.rank(instant.id, { radiusKm: 5, limit: 50 });
    expect(ranked.map((c) => c.workerId)).not.toContain(worker.id);
    const grabInstant = await api.post(`/api/v1/shifts/${instant.id}/grab`, GRAB_BODY, {
      token: worker.token,
    });
    expect(grabInstant.status).toBe(409);

    const { shift: ahead } = await employerAndShift(api, NOW, {
      instant: false,
      startsAt: new Date(NOW.getTime() + DAY).toISOString(),
      endsAt: new Date(NOW.getTime() + DAY + 4 * 3_600_000).toISOString(),
    });
    const grab = await api.post(`/api/v1/shifts/${ahead.id}/grab`, GRAB_BODY, {
      token: worker.token,
    });
    expect(grab.status).toBe(201);
    // Taking a shift by grabbing is a commitment too; the refused grab left none.
    expect((await me(worker)).commitments).toEqual([
      expect.objectContaining({ kind: 'grab', subjectId: ahead.id }),
    ]);
  });

  it('lets an admin record false information with a note; the user sees it and the score', async () => {
    const admin = await api.signIn('admin');
    const worker = await onlineWorker(api);
    const res = await api.post(
      `/api/v1/admin/credit/users/${worker.id}/false-information`,
      { note: '冒用他人身份证登记' },
      { token: admin.token },
    );
    expect(res.status).toBe(201);
    expect(res.body.score).toBe(70);
    const mine = await me(worker);
    expect(mine.score).toBe(70);
    expect(mine.ledger[0]).toMatchObject({ kind: 'false_information', note: '冒用他人身份证登记' });
    // The worker's own screen shows their number masked.
    expect(mine.phone).toMatch(/^\d{3}\*{4}\d{4}$/);

    const lookup = await api.get(`/api/v1/admin/credit/users?phone=${worker.phone}`, {
      token: admin.token,
    });
    expect(lookup.status).toBe(200);
    expect(lookup.body).toMatchObject({ userId: worker.id, phone: worker.phone, score: 70 });
    expect((await api.get('/api/v1/admin/credit/users', { token: admin.token })).status).toBe(400);
  });

  it('records the commitments 告知承诺: sign-up once per role, posting a shift, accepting an offer', async () => {
    const phone = api.newPhone();
    for (let i = 0; i < 2; i += 1) {
      await api.post('/api/v1/auth/otp', { phone });
      const login = await api.post('/api/v1/auth/login', { phone, code: '246810', role: 'worker' });
      expect(login.status).toBe(200);
    }
    const [{ id: userId }] = await api.db.query(`SELECT id FROM users WHERE phone = $1`, [phone]);
    const kinds = await api.db.query(
      `SELECT kind, role, version FROM commitments WHERE user_id = $1`,
      [userId],
    );
    expect(kinds).toEqual([{ kind: 'sign_up', role: 'worker', version: '2026-11-v1' }]);

    const { employer, shift } = await employerAndShift(api, NOW);
    const worker = await onlineWorker(api);
    const [offer] = await api.db.query(
      `INSERT INTO offers (shift_id, worker_id, score, distance_km, expires_at)
       VALUES ($1, $2, '{"total": 0.5, "parts": {}}', 1, $3) RETURNING id`,
      [shift.id, worker.id, new Date(NOW.getTime() + 90_000)],
    );
    const accepted = await api.post(`/api/v1/offers/${offer.id}/accept`, undefined, {
      token: worker.token,
    });
    expect(accepted.status).toBe(201);
    expect((await me(worker)).commitments).toEqual([
      expect.objectContaining({
        kind: 'accept',
        subjectId: shift.id,
        textZh: expect.stringContaining('按时到岗'),
      }),
    ]);
    expect((await me(employer)).commitments).toEqual([
      expect.objectContaining({ kind: 'post_shift', subjectId: shift.id }),
    ]);
  });
});
