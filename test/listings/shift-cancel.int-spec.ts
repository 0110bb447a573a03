import { startApi, TestApi } from '../support/test-api';
import { employerWithProfile, postShift, shiftBody, workerWithProfile } from './listings-factory';

// The API's clock stands here (10:00 in Shanghai), so the shifts below are always in the future.
const NOW = new Date('2030-03-11T02:00:00Z');

describe('managing my shifts', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
  });
  afterAll(() => api.close());

  describe('POST /shifts/:id/cancel', () => {
    it('lets the owner cancel an open shift, once', async () => {
      const employer = await employerWithProfile(api);
      const shift = await postShift(api, employer.token, shiftBody(NOW));
      const res = await api.post(`/api/v1/shifts/${shift.id}/cancel`, undefined, {
        token: employer.token,
      });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('cancelled');
      const again = await api.post(`/api/v1/shifts/${shift.id}/cancel`, undefined, {
        token: employer.token,
      });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('SHIFT_NOT_OPEN');
    });

    it('is 403 for another employer and for a worker, and leaves the shift open', async () => {
      const owner = await employerWithProfile(api);
      const other = await employerWithProfile(api);
      const worker = await workerWithProfile(api);
      const shift = await postShift(api, owner.token, shiftBody(NOW));
      for (const token of [other.token, worker.token]) {
        const res = await api.post(`/api/v1/shifts/${shift.id}/cancel`, undefined, { token });
        expect(res.status).toBe(403);
        expect(res.body.error.code).toBe('FORBIDDEN');
      }
      expect((await api.get(`/api/v1/shifts/${shift.id}`)).body.status).toBe('open');
    });

    it('cancels a filled shift but not one in progress', async () => {
      const employer = await employerWithProfile(api);
      const filled = await postShift(api, employer.token, shiftBody(NOW, { headcount: 1 }));
      const started = await postShift(api, employer.token, shiftBody(NOW));
      await api.db.query(`UPDATE shifts SET status = 'filled', filled = 1 WHERE id = $1`, [
        filled.id,
      ]);
      await api.db.query(`UPDATE shifts SET status = 'in_progress' WHERE id = $1`, [started.id]);
      const ok = await api.post(`/api/v1/shifts/${filled.id}/cancel`, undefined, {
        token: employer.token,
      });
      const refused = await api.post(`/api/v1/shifts/${started.id}/cancel`, undefined, {
        token: employer.token,
      });
      expect([ok.status, ok.body.status]).toEqual([200, 'cancelled']);
      expect([refused.status, refused.body.error.code]).toEqual([409, 'SHIFT_NOT_OPEN']);
    });

    it('is 404 for a shift that does not exist', async () => {
      const employer = await employerWithProfile(api);
      const res = await api.post(
        '/api/v1/shifts/6f1c8a52-8a7e-4c1e-9c55-3a8f0b7d2e11/cancel',
        undefined,
        { token: employer.token },
      );
      expect(res.status).toBe(404);
    });
  });

  describe('GET /employers/me/shifts', () => {
    it("lists only the caller's shifts, newest first, with fill counts, across pages", async () => {
      const employer = await employerWithProfile(api);
      const other = await employerWithProfile(api);
      await postShift(api, other.token, shiftBody(NOW));
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        ids.push((await postShift(api, employer.token, shiftBody(NOW, { headcount: i + 1 }))).id);
      }
      await api.db.query(`UPDATE shifts SET filled = 1 WHERE id = $1`, [ids[2]]);

      const first = await api.get('/api/v1/employers/me/shifts?limit=3', { token: employer.token });
      expect(first.status).toBe(200);
      const second = await api.get(
        `/api/v1/employers/me/shifts?limit=3&cursor=${encodeURIComponent(first.body.nextCursor)}`,
        { token: employer.token },
      );
      const items = [...first.body.items, ...second.body.items];
      expect(items.map((s: any) => s.id)).toEqual([...ids].reverse());
      expect(second.body.nextCursor).toBeNull();
      expect(items.find((s: any) => s.id === ids[2])).toMatchObject({ filled: 1, headcount: 3 });
    });

    it('refuses a cursor it did not give out', async () => {
      const employer = await employerWithProfile(api);
      const res = await api.get('/api/v1/employers/me/shifts?cursor=bm90LWEtY3Vyc29y', {
        token: employer.token,
      });
      expect([res.status, res.body.error.code]).toEqual([400, 'INVALID_CURSOR']);
    });
  });
});
