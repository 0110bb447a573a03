import { COMMITMENT_TEXTS } from '@app/commitments/commitment-texts';
import { startApi, TestApi } from '../support/test-api';
import { employerAndShift, seatSnapshot, setClock, workers } from './matching-factory';

// 08:00 in Shanghai; the factory's shifts run 10:00–14:00.
const NOW = new Date('2030-03-11T00:00:00Z');

describe('the 抢单承诺: shown before the first grab, its version recorded', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
  });
  afterAll(() => api.close());
  afterEach(() => setClock(api, NOW));

  const grab = (shiftId: string, token: string, body?: unknown) =>
    api.post(`/api/v1/shifts/${shiftId}/grab`, body, { token });
  const commitments = (userId: string) =>
    api.db.query(
      `SELECT kind, subject_id, version, text_zh FROM commitments
        WHERE user_id = $1 AND kind = 'grab' ORDER BY created_at, id`,
      [userId],
    );

  it('serves the text and version the app shows', async () => {
    const res = await api.get('/api/v1/credit/commitment-texts');
    expect(res.status).toBe(200);
    expect(res.body.grab).toEqual(COMMITMENT_TEXTS.grab);
    expect(res.body.grab.zh).toContain('按时到岗');
  });

  it('refuses a first grab without the current version; then asks no more', async () => {
    const { shift } = await employerAndShift(api, NOW, { headcount: 2 });
    const [worker] = await workers(api, 1);
    const current = COMMITMENT_TEXTS.grab.version;
    const before = await seatSnapshot(api, shift.id);

    const none = await grab(shift.id, worker!.token);
    expect([none.status, none.body.error.code, none.body.error.details[0].field]).toEqual([
      409,
      'GRAB_COMMITMENT_REQUIRED',
      'commitmentVersion',
    ]);
    expect(none.body.error.message).toContain(current);
    const outdated = await grab(shift.id, worker!.token, { commitmentVersion: '2026-11-v1' });
    expect([outdated.status, outdated.body.error.code]).toEqual([409, 'GRAB_COMMITMENT_REQUIRED']);
    expect(await seatSnapshot(api, shift.id)).toEqual(before);
    expect(await commitments(worker!.id)).toEqual([]);

    const first = await grab(shift.id, worker!.token, { commitmentVersion: current });
    expect([first.status, first.body.status]).toEqual([201, 'pending_confirm']);
    expect(await commitments(worker!.id)).toEqual([
      {
        kind: 'grab',
        subject_id: shift.id,
        version: current,
        text_zh: COMMITMENT_TEXTS.grab.zh,
      },
    ]);

    // A later grab (a shift on another day) needs no version: it was accepted once.
    const { shift: next } = await employerAndShift(api, NOW, {
      startsAt: '2030-03-12T10:00:00+08:00',
      endsAt: '2030-03-12T14:00:00+08:00',
    });
    const second = await grab(next.id, worker!.token);
    expect(second.status).toBe(201);
    // Both grabs happen at the same instant of the test's fixed clock: compare as a set.
    const rows = (await commitments(worker!.id)).map((c: any) => [c.subject_id, c.version]);
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        [shift.id, current],
        [next.id, current],
      ]),
    );
  });
});
