import { blacklist } from './credit/credit-factory';
import { CENTRE, isoAfter, workerWithProfile } from './listings/listings-factory';
import { post, sharingEmployer } from './staff-sharing/staff-sharing-factory';
import { startApi, type TestApi } from './support/test-api';

// 08:00 in Shanghai; the sharing posts run in April.
const NOW = new Date('2030-03-11T00:00:00Z');

/**
 * Routes whose key is recorded in the effect's own transaction, from three libs: a
 * phone that retries after the first request succeeded gets the first answer and
 * changes nothing; reusing the key for another request is refused and changes nothing.
 */
describe('Idempotency-Key recorded with the effect (worker post, staff sharing, appeal)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
  });
  afterAll(() => api.close());

  const send = (url: string, token: string, key: string, body?: unknown) =>
    api.post(`/api/v1${url}`, body, { token, headers: { 'idempotency-key': key } });

  /** What a second effect would change, as one comparable value. */
  const snapshot = async (sql: string, params: unknown[] = []) => api.db.query(sql, params);

  it('POST /worker-posts: a retry answers the same post, another body with the key is refused', async () => {
    const worker = await workerWithProfile(api);
    const body = {
      title: '熟练装卸工',
      tradeCodes: ['loader'],
      area: { ...CENTRE, district: '中山区' },
      availableFrom: isoAfter(NOW, 1),
      availableTo: isoAfter(NOW, 24 * 7),
    };
    const posts = () =>
      snapshot(`SELECT id, title FROM worker_posts WHERE worker_id = $1 ORDER BY id`, [worker.id]);

    const first = await send('/worker-posts', worker.token, 'wp-1', body);
    expect(first.status).toBe(201);
    const after = await posts();
    expect(after).toEqual([{ id: first.body.id, title: '熟练装卸工' }]);

    const again = await send('/worker-posts', worker.token, 'wp-1', body);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await posts()).toEqual(after);

    const other = await send('/worker-posts', worker.token, 'wp-1', { ...body, title: '夜班装卸' });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await posts()).toEqual(after);
  });

  it('staff sharing: a retried proposal and acceptance answer the same, count people down once, and a reused key is refused', async () => {
    const lender = await sharingEmployer(api);
    const borrower = await sharingEmployer(api);
    const dates = { startsOn: '2030-04-01', endsOn: '2030-04-20' };
    const offer = await post(api, lender, 'offers', { ...dates, headcount: 5 });
    const request = await post(api, borrower, 'requests', { ...dates, headcount: 4 });
    const state = () =>
      snapshot(
        `SELECT (SELECT json_agg(json_build_object('id', id, 'remaining', remaining) ORDER BY id)
                   FROM staff_sharing_posts WHERE id = ANY($1::uuid[])) AS posts,
                (SELECT json_agg(json_build_object('id', id, 'status', status) ORDER BY id)
                   FROM staff_sharing_matches WHERE offer_id = $2) AS matches`,
        [[offer.id, request.id], offer.id],
      );
    const proposal = { myPostId: request.id, otherPostId: offer.id, headcount: 2 };

    const proposed = await send('/staff-sharing/matches', borrower.token, 'share-1', proposal);
    expect(proposed.status).toBe(201);
    const afterProposal = await state();
    const proposedAgain = await send('/staff-sharing/matches', borrower.token, 'share-1', proposal);
    expect(proposedAgain.status).toBe(201);
    expect(proposedAgain.body).toEqual(proposed.body);
    const changed = { ...proposal, headcount: 3 };
    const reused = await send('/staff-sharing/matches', borrower.token, 'share-1', changed);
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await state()).toEqual(afterProposal);

    const url = `/staff-sharing/matches/${proposed.body.id}/accept`;
    const accepted = await send(url, lender.token, 'share-accept-1');
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('agreed');
    const afterAccept = await state();
    expect(afterAccept[0].posts.map((p: { remaining: number }) => p.remaining).sort()).toEqual([
      2, 3,
    ]);
    // Without the key this would be 409 (the proposal is agreed already).
    const acceptedAgain = await send(url, lender.token, 'share-accept-1');
    expect(acceptedAgain.status).toBe(200);
    expect(acceptedAgain.body).toEqual(accepted.body);
    expect(await state()).toEqual(afterAccept);
  });

  it('POST /credit/appeals: a retry answers the same appeal, another body with the key is refused', async () => {
    const admin = await api.signIn('admin');
    const worker = await workerWithProfile(api);
    const entry = await blacklist(api, admin, { userId: worker.id, reason: '爽约' });
    const appeals = () =>
      snapshot(`SELECT id, text FROM credit_appeals WHERE user_id = $1`, [worker.id]);
    const body = { blacklistEntryId: entry.id, text: '当天因病就医，有病历' };

    const first = await send('/credit/appeals', worker.token, 'appeal-1', body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'open', blacklistEntryId: entry.id });
    const after = await appeals();
    expect(after).toEqual([{ id: first.body.id, text: body.text }]);

    const again = await send('/credit/appeals', worker.token, 'appeal-1', body);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const other = await send('/credit/appeals', worker.token, 'appeal-1', {
      ...body,
      text: '另有证明',
    });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await appeals()).toEqual(after);
  });
});
