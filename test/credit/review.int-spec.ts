import { Clock } from '@app/common';
import { ShiftProgressService } from '@app/matching';
import { employerWithProfile, postShift, shiftBody } from '../listings/listings-factory';
import { eventsSince, lastEventId, setClock } from '../matching/matching-factory';
import { startApi, type SignedIn, type TestApi } from '../support/test-api';
import { auditActions, giveEvents, onlineWorker } from './credit-factory';
import { GRAB_BODY } from '../support/grab-body';

const NOW = new Date('2030-03-11T00:00:00Z');

describe('the review hold for employers under the credit bar (clause 十八)', () => {
  let api: TestApi;
  let admin: SignedIn;

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
    admin = await api.signIn('admin');
  });
  afterAll(() => api.close());
  afterEach(() => setClock(api, NOW));

  async function lowCreditEmployer(): Promise<SignedIn> {
    const employer = await employerWithProfile(api);
    expect(
      await giveEvents(api, employer.id, [{ kind: 'wage_complaint_upheld', delta: -50, at: NOW }]),
    ).toBe(50);
    return employer;
  }
  const listed = async (shiftId: string) =>
    (await api.get('/api/v1/shifts?limit=100')).body.items.some((s: any) => s.id === shiftId);

  it('holds the shift (not listed, not matched, no grab) until an admin approves it', async () => {
    const employer = await lowCreditEmployer();
    const since = await lastEventId(api);
    const shift = await postShift(api, employer.token, shiftBody(NOW, { instant: true }));
    expect(shift.status).toBe('pending_review');
    expect(await listed(shift.id)).toBe(false);
    // No shift.updated: the matcher never starts waves for it and no board shows it.
    expect(
      (await eventsSince(api, since, 'shift.updated')).map((e) => e.data.shiftId),
    ).not.toContain(shift.id);
    const worker = await onlineWorker(api);
    const grab = await api.post(`/api/v1/shifts/${shift.id}/grab`, GRAB_BODY, {
      token: worker.token,
    });
    expect(grab.status).toBe(409);
    expect(await api.count('offers')).toBe(0);

    const queue = await api.get('/api/v1/admin/shifts?status=pending_review', {
      token: admin.token,
    });
    expect(queue.body.items).toEqual([
      expect.objectContaining({ shiftId: shift.id, employerScore: 50, review: 'pending' }),
    ]);
    const mine = await api.get('/api/v1/credit/me', { token: employer.token });
    expect(mine.body.heldShifts).toEqual([
      expect.objectContaining({ shiftId: shift.id, shiftStatus: 'pending_review' }),
    ]);

    const approved = await api.post(
      `/api/v1/admin/shifts/${shift.id}/review`,
      { decision: 'approve' },
      { token: admin.token },
    );
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({ shiftStatus: 'open', review: 'approved' });
    expect(await listed(shift.id)).toBe(true);
    // The event that starts matching for a new instant shift now goes out.
    const updates = (await eventsSince(api, since, 'shift.updated')).filter(
      (e) => e.data.shiftId === shift.id,
    );
    expect(updates.map((e) => e.data.status)).toEqual(['open']);
    expect(
      (await api.post(`/api/v1/shifts/${shift.id}/grab`, GRAB_BODY, { token: worker.token }))
        .status,
    ).toBe(201);

    const twice = await api.post(
      `/api/v1/admin/shifts/${shift.id}/review`,
      { decision: 'approve' },
      { token: admin.token },
    );
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('SHIFT_NOT_IN_REVIEW');
    expect(await auditActions(api, admin, employer.id)).toEqual(['shift.approve']);
  });

  it('rejects with a reason the employer sees; a reason is required', async () => {
    const employer = await lowCreditEmployer();
    const shift = await postShift(api, employer.token, shiftBody(NOW));
    const noReason = await api.post(
      `/api/v1/admin/shifts/${shift.id}/review`,
      { decision: 'reject' },
      { token: admin.token },
    );
    expect(noReason.status).toBe(400);
    expect((await api.get(`/api/v1/shifts/${shift.id}`)).body.status).toBe('pending_review');

    const rejected = await api.post(
      `/api/v1/admin/shifts/${shift.id}/review`,
      { decision: 'reject', reason: '岗位描述与实际不符' },
      { token: admin.token },
    );
    expect(rejected.status).toBe(201);
    expect((await api.get(`/api/v1/shifts/${shift.id}`)).body.status).toBe('cancelled');
    const mine = await api.get('/api/v1/credit/me', { token: employer.token });
    expect(mine.body.heldShifts[0]).toMatchObject({
      review: 'rejected',
      reason: '岗位描述与实际不符',
    });
  });

  it('lets the employer cancel a held shift, which then cannot be approved', async () => {
    const employer = await lowCreditEmployer();
    const shift = await postShift(api, employer.token, shiftBody(NOW));
    const cancelled = await api.post(`/api/v1/shifts/${shift.id}/cancel`, undefined, {
      token: employer.token,
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const approve = await api.post(
      `/api/v1/admin/shifts/${shift.id}/review`,
      { decision: 'approve' },
      { token: admin.token },
    );
    expect(approve.status).toBe(409);
    expect(approve.body.error.code).toBe('SHIFT_NOT_IN_REVIEW');
  });

  it('expires a held shift whose start passes unreviewed, and takes it off the queue', async () => {
    const employer = await lowCreditEmployer();
    const shift = await postShift(api, employer.token, shiftBody(NOW));
    const queued = async () =>
      (
        await api.get('/api/v1/admin/shifts?status=pending_review&limit=100', {
          token: admin.token,
        })
      ).body.items.map((r: any) => r.shiftId);
    expect(await queued()).toContain(shift.id);
    const progress = new ShiftProgressService(api.db, api.app.get(Clock));
    await progress.advance(new Date(Date.parse(shift.startsAt) + 60_000));
    expect((await api.get(`/api/v1/shifts/${shift.id}`)).body.status).toBe('expired');
    expect(await queued()).not.toContain(shift.id);
  });

  it('publishes straight away for an employer at or above the bar', async () => {
    const employer = await employerWithProfile(api);
    const shift = await postShift(api, employer.token, shiftBody(NOW));
    expect(shift.status).toBe('open');
    expect(await listed(shift.id)).toBe(true);
  });
});
