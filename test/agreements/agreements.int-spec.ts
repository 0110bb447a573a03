import { startApi, TestApi } from '../support/test-api';
import { employerWithProfile, workerWithProfile } from '../listings/listings-factory';
import { insertShift } from '../fairs/fair-factory';
import { GRAB_BODY } from '../support/grab-body';

// 08:00 in Shanghai on a Monday; shifts run 10:00–14:00.
const NOW = new Date('2030-03-11T00:00:00Z');
const TEN = new Date('2030-03-11T10:00:00+08:00');

describe('written agreements for part-time work (clause 十四)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
  });
  afterAll(() => api.close());

  /** A worker who took a seat on an employer's shift, confirmed unless told otherwise. */
  async function seat(confirm = true) {
    const employer = await employerWithProfile(api, {
      name: '大连海鲜加工有限公司',
      contactName: '王经理',
      contactPhone: '13912345678',
    });
    const worker = await workerWithProfile(api, { name: '张三丰', availability: [] });
    const shiftId = await insertShift(api, employer.id, TEN, { headcount: 2, title: '冷库装卸' });
    const grab = await api.post(`/api/v1/shifts/${shiftId}/grab`, GRAB_BODY, {
      token: worker.token,
    });
    if (grab.status !== 201) throw new Error(`grab: ${grab.status} ${JSON.stringify(grab.body)}`);
    if (confirm) {
      const res = await api.post(`/api/v1/assignments/${grab.body.id}/confirm`, undefined, {
        token: employer.token,
      });
      if (res.status !== 200) throw new Error(`confirm: ${res.status}`);
    }
    return { employer, worker, shiftId, assignmentId: grab.body.id as string };
  }
  const url = (id: string) => `/api/v1/assignments/${id}/agreement`;

  it('produces none before the employer confirms, and leaves nothing behind', async () => {
    const { worker, employer, assignmentId } = await seat(false);
    for (const who of [worker, employer]) {
      const res = await api.get(url(assignmentId), { token: who.token });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('AGREEMENT_NOT_READY');
    }
    const accept = await api.post(`${url(assignmentId)}/accept`, undefined, {
      token: worker.token,
    });
    expect(accept.status).toBe(409);
    const rows = await api.db.query(`SELECT 1 FROM agreements WHERE assignment_id = $1`, [
      assignmentId,
    ]);
    expect(rows).toEqual([]);
  });

  it('produces the agreement of a confirmed assignment: parties with masked phones, work, time, pay, place, terms', async () => {
    const { worker, employer, shiftId, assignmentId } = await seat();
    const res = await api.get(url(assignmentId), { token: worker.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      assignmentId,
      shiftId,
      yourSide: 'worker',
      parties: {
        employer: {
          name: '大连海鲜加工有限公司',
          kind: 'business',
          contactName: '王经理',
          phone: '139****5678',
        },
        worker: {
          name: '张三丰',
          phone: `${worker.phone.slice(0, 3)}****${worker.phone.slice(-4)}`,
        },
      },
      work: { title: '冷库装卸', tradeCode: 'loader', description: '卸两车冻品' },
      time: {
        startsAt: '2030-03-11T10:00:00.000+08:00',
        endsAt: '2030-03-11T14:00:00.000+08:00',
        hours: 4,
      },
      pay: { unit: 'hour', amountFen: 3000, estimateFen: 12000 },
      place: { address: '大连市中山区人民路 1 号', district: '中山区' },
      terms: { version: expect.any(String) },
      worker: { acceptedAt: null },
      employer: { acceptedAt: null },
      accepted: false,
    });
    expect(res.body.terms.zh).toContain('非全日制');
    expect(JSON.stringify(res.body)).not.toContain(worker.phone);
    const forEmployer = await api.get(url(assignmentId), { token: employer.token });
    expect(forEmployer.body.yourSide).toBe('employer');
    expect(forEmployer.body.producedAt).toBe(res.body.producedAt);
  });

  it('records both acceptances with their times, idempotently', async () => {
    const { worker, employer, assignmentId } = await seat();
    const first = await api.post(`${url(assignmentId)}/accept`, undefined, { token: worker.token });
    expect(first.status).toBe(200);
    expect(first.body.worker.acceptedAt).toBe('2030-03-11T08:00:00.000+08:00');
    expect(first.body.employer.acceptedAt).toBeNull();
    expect(first.body.accepted).toBe(false);
    const again = await api.post(`${url(assignmentId)}/accept`, undefined, { token: worker.token });
    expect(again.body.worker.acceptedAt).toBe(first.body.worker.acceptedAt);
    const both = await api.post(`${url(assignmentId)}/accept`, undefined, {
      token: employer.token,
    });
    expect(both.body).toMatchObject({
      worker: { acceptedAt: first.body.worker.acceptedAt },
      employer: { acceptedAt: '2030-03-11T08:00:00.000+08:00' },
      accepted: true,
    });
  });

  it('lets only the two parties read or accept it: others get 404, strangers 401', async () => {
    const { assignmentId } = await seat();
    const otherWorker = await workerWithProfile(api);
    const otherEmployer = await employerWithProfile(api);
    const admin = await api.signIn('admin');
    for (const who of [otherWorker, otherEmployer]) {
      expect((await api.get(url(assignmentId), { token: who.token })).status).toBe(404);
      const accept = await api.post(`${url(assignmentId)}/accept`, undefined, {
        token: who.token,
      });
      expect(accept.status).toBe(404);
    }
    expect((await api.get(url(assignmentId), { token: admin.token })).status).toBe(403);
    expect((await api.get(url(assignmentId))).status).toBe(401);
    const [row] = await api.db.query(
      `SELECT worker_accepted_at, employer_accepted_at FROM agreements WHERE assignment_id = $1`,
      [assignmentId],
    );
    expect(row ?? { worker_accepted_at: null, employer_accepted_at: null }).toEqual({
      worker_accepted_at: null,
      employer_accepted_at: null,
    });
  });

  it('keeps its content frozen when profiles and the shift change later', async () => {
    const { worker, employer, shiftId, assignmentId } = await seat();
    const before = (await api.get(url(assignmentId), { token: worker.token })).body;
    const edited = await api.put(
      '/api/v1/employers/me',
      {
        name: '改名后的公司',
        kind: 'business',
        contactName: '李经理',
        contactPhone: '13711112222',
      },
      { token: employer.token },
    );
    expect(edited.status).toBe(200);
    await api.db.query(`UPDATE worker_profiles SET name = '张改名' WHERE user_id = $1`, [
      worker.id,
    ]);
    await api.db.query(`UPDATE shifts SET title = '改了的标题', pay_fen = 9999 WHERE id = $1`, [
      shiftId,
    ]);
    const after = (await api.get(url(assignmentId), { token: employer.token })).body;
    for (const part of ['parties', 'work', 'time', 'pay', 'place', 'terms', 'producedAt'])
      expect(after[part]).toEqual(before[part]);
  });

  it('produces one agreement when both sides ask for it at the same instant', async () => {
    const { worker, employer, assignmentId } = await seat();
    const results = await Promise.all([
      api.get(url(assignmentId), { token: worker.token }),
      api.get(url(assignmentId), { token: employer.token }),
      api.post(`${url(assignmentId)}/accept`, undefined, { token: worker.token }),
      api.post(`${url(assignmentId)}/accept`, undefined, { token: employer.token }),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const rows = await api.db.query(
      `SELECT worker_accepted_at IS NOT NULL AS w, employer_accepted_at IS NOT NULL AS e
         FROM agreements WHERE assignment_id = $1`,
      [assignmentId],
    );
    expect(rows).toEqual([{ w: true, e: true }]);
  });
});
