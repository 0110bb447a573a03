import { Clock, type FixedClock } from '@app/common';
import { startApi, TestApi } from '../support/test-api';
import { post, postBody, propose, sharingEmployer } from './staff-sharing-factory';

// 28 November 2026, 10:00 in Dalian; the posts run in December.
const NOW = '2026-11-28T02:00:00Z';

describe('staff sharing 共享用工 (clause 七)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW });
  });
  afterAll(() => api.close());

  it('lists open offers and requests publicly with no personal data, filtered by kind and trade', async () => {
    const lender = await sharingEmployer(api);
    const soleTrader = await sharingEmployer(api, {
      kind: 'individual',
      name: '张大海',
      creditCode: undefined,
    });
    const offer = await post(api, lender, 'offers', { tradeCode: 'cleaner' });
    // A minute later (the clock is fixed): the request is the newer post.
    (api.app.get(Clock) as FixedClock).set('2026-11-28T02:01:00Z');
    const request = await post(api, soleTrader, 'requests', { tradeCode: 'cleaner' });
    (api.app.get(Clock) as FixedClock).set(NOW);

    const all = await api.get('/api/v1/staff-sharing/posts?trade=cleaner');
    expect(all.status).toBe(200);
    expect(all.body.items.map((p: any) => p.id)).toEqual([request.id, offer.id]);
    const shown = all.body.items.find((p: any) => p.id === request.id);
    expect(shown).toMatchObject({
      kind: 'request',
      employerName: '张**',
      remaining: 3,
      mine: false,
    });
    const text = JSON.stringify(all.body);
    expect(text).not.toContain('张大海');
    expect(text).not.toContain('13912345678'); // the factories' contact phone
    const offers = await api.get('/api/v1/staff-sharing/posts?trade=cleaner&kind=offer');
    expect(offers.body.items.map((p: any) => p.id)).toEqual([offer.id]);
  });

  it('refuses bad posts: no profile, unknown trade, dates backwards or past, a phone number in the note', async () => {
    const noProfile = await api.signIn('employer');
    const res = await api.post('/api/v1/staff-sharing/offers', postBody(), {
      token: noProfile.token,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('PROFILE_REQUIRED');
    const employer = await sharingEmployer(api);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ tradeCode: 'no_such_trade' }, 400, 'UNKNOWN_TRADE'],
      [{ startsOn: '2026-12-20', endsOn: '2026-12-01' }, 400, 'INVALID_TIME_WINDOW'],
      [{ startsOn: '2026-11-01', endsOn: '2026-11-20' }, 400, 'INVALID_TIME_WINDOW'],
      [{ note: '联系 139 1234 5678' }, 400, 'VALIDATION_FAILED'],
      [{ headcount: 0 }, 400, 'VALIDATION_FAILED'],
    ];
    const before = await api.count('staff_sharing_posts');
    for (const [overrides, status, code] of cases) {
      const bad = await api.post('/api/v1/staff-sharing/requests', postBody(overrides), {
        token: employer.token,
      });
      expect([bad.status, bad.body.error.code]).toEqual([status, code]);
    }
    expect(await api.count('staff_sharing_posts')).toBe(before);
  });

  it('matches a request to an offer: candidates, a proposal, the agreement with both acceptances, counts down, contacts shown', async () => {
    const lender = await sharingEmployer(api, { name: '大连冷链物流有限公司' });
    const borrower = await sharingEmployer(api, { name: '甘井子海鲜加工厂' });
    const offer = await post(api, lender, 'offers', { headcount: 3 });
    const request = await post(api, borrower, 'requests', {
      headcount: 2,
      startsOn: '2026-12-10',
      endsOn: '2027-01-10',
    });
    // A request of another trade and one of other dates are not candidates.
    await post(api, borrower, 'requests', { tradeCode: 'cleaner' });
    await post(api, borrower, 'requests', { startsOn: '2026-12-21', endsOn: '2026-12-31' });

    const candidates = await api.get(`/api/v1/staff-sharing/posts/${request.id}/candidates`, {
      token: borrower.token,
    });
    expect(candidates.body.items.map((p: any) => p.id)).toContain(offer.id);
    const forOffer = await api.get(`/api/v1/staff-sharing/posts/${offer.id}/candidates`, {
      token: lender.token,
    });
    expect(forOffer.body.items.map((p: any) => p.id)).toEqual([request.id]);

    const proposal = await propose(api, borrower, request.id, offer.id, 2);
    expect(proposal).toMatchObject({
      status: 'proposed',
      myRole: 'proposer',
      counterpartAcceptedAt: null,
      otherContact: null,
      proposerAcceptedAt: '2026-11-28T10:00:00.000+08:00',
    });
    expect(proposal.terms).toContain('出借方：大连冷链物流有限公司；借入方：甘井子海鲜加工厂');
    expect(proposal.terms).toContain('于2026-12-10至2026-12-20在甘井子区');

    // The proposer cannot accept their own proposal.
    const self = await api.post(`/api/v1/staff-sharing/matches/${proposal.id}/accept`, undefined, {
      token: borrower.token,
    });
    expect(self.status).toBe(403);

    const agreed = await api.post(
      `/api/v1/staff-sharing/matches/${proposal.id}/accept`,
      undefined,
      {
        token: lender.token,
      },
    );
    expect(agreed.status).toBe(200);
    expect(agreed.body).toMatchObject({
      status: 'agreed',
      myRole: 'counterpart',
      counterpartAcceptedAt: '2026-11-28T10:00:00.000+08:00',
      offer: { remaining: 1 },
      request: { remaining: 0 },
      otherContact: { employerName: '甘井子海鲜加工厂', contactName: '王经理' },
    });
    const theirs = await api.get('/api/v1/staff-sharing/matches', { token: borrower.token });
    expect(theirs.body.items[0]).toMatchObject({
      id: proposal.id,
      status: 'agreed',
      otherContact: { employerName: '大连冷链物流有限公司' },
    });
    // A filled request leaves the public list; the offer stays with one person left.
    const list = await api.get('/api/v1/staff-sharing/posts?trade=loader&limit=100');
    const ids = list.body.items.map((p: any) => p.id);
    expect(ids).not.toContain(request.id);
    expect(list.body.items.find((p: any) => p.id === offer.id).remaining).toBe(1);

    const again = await api.post(`/api/v1/staff-sharing/matches/${proposal.id}/accept`, undefined, {
      token: lender.token,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('STAFF_SHARING_NOT_OPEN');
  });

  it('refuses proposals that do not match', async () => {
    const a = await sharingEmployer(api);
    const b = await sharingEmployer(api);
    const offerA = await post(api, a, 'offers', { headcount: 1 });
    const otherOfferA = await post(api, a, 'offers');
    const offerB = await post(api, b, 'offers');
    const cleanerB = await post(api, b, 'requests', { tradeCode: 'cleaner' });
    const requestA = await post(api, a, 'requests');
    const requestB = await post(api, b, 'requests');
    const tries: [string, string, number, string][] = [
      [offerA.id, offerB.id, 1, 'STAFF_SHARING_NO_MATCH'],
      [offerA.id, cleanerB.id, 1, 'STAFF_SHARING_NO_MATCH'],
      [otherOfferA.id, requestA.id, 1, 'STAFF_SHARING_NO_MATCH'],
      [offerA.id, requestB.id, 2, 'STAFF_SHARING_NOT_ENOUGH'],
    ];
    for (const [mine, theirs, headcount, code] of tries) {
      const res = await api.post(
        '/api/v1/staff-sharing/matches',
        { myPostId: mine, otherPostId: theirs, headcount },
        { token: a.token },
      );
      expect([res.status, res.body.error.code]).toEqual([409, code]);
    }
    // Someone else's post is not "mine".
    const notMine = await api.post(
      '/api/v1/staff-sharing/matches',
      { myPostId: offerB.id, otherPostId: requestA.id, headcount: 1 },
      { token: a.token },
    );
    expect(notMine.status).toBe(404);
    expect(await api.count('staff_sharing_matches')).toBe(1);
  });

  it('never goes below zero: two requests racing for the last shared worker, one agreement wins', async () => {
    const lender = await sharingEmployer(api);
    const offer = await post(api, lender, 'offers', { headcount: 1, tradeCode: 'mover' });
    const borrowers = [await sharingEmployer(api), await sharingEmployer(api)];
    const proposals = [];
    for (const borrower of borrowers) {
      const request = await post(api, borrower, 'requests', { headcount: 1, tradeCode: 'mover' });
      proposals.push(await propose(api, borrower, request.id, offer.id, 1));
    }
    const results = await Promise.all(
      proposals.map((p) =>
        api.post(`/api/v1/staff-sharing/matches/${p.id}/accept`, undefined, {
          token: lender.token,
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe('STAFF_SHARING_NOT_ENOUGH');
    const [row] = await api.db.query(`SELECT remaining FROM staff_sharing_posts WHERE id = $1`, [
      offer.id,
    ]);
    expect(row.remaining).toBe(0);
    const agreed = await api.db.query(
      `SELECT m.id, r.remaining FROM staff_sharing_matches m
         JOIN staff_sharing_posts r ON r.id = m.request_id
        WHERE m.offer_id = $1 AND m.status = 'agreed'`,
      [offer.id],
    );
    expect(agreed).toHaveLength(1);
    expect(agreed[0].remaining).toBe(0);
    // The loser's request still has its worker to find.
    const loser = proposals.find((p) => p.id !== agreed[0].id)!;
    const [request] = await api.db.query(
      `SELECT remaining FROM staff_sharing_posts WHERE id = $1`,
      [loser.request.id],
    );
    expect(request.remaining).toBe(1);
  });

  it('lets the proposer withdraw and the other side decline; a closed post takes no more proposals', async () => {
    const a = await sharingEmployer(api);
    const b = await sharingEmployer(api);
    const offer = await post(api, a, 'offers');
    const request = await post(api, b, 'requests');
    const p1 = await propose(api, b, request.id, offer.id, 1);
    const withdrawn = await api.post(`/api/v1/staff-sharing/matches/${p1.id}/decline`, undefined, {
      token: b.token,
    });
    expect(withdrawn.body.status).toBe('withdrawn');
    const p2 = await propose(api, a, offer.id, request.id, 1);
    const declined = await api.post(`/api/v1/staff-sharing/matches/${p2.id}/decline`, undefined, {
      token: b.token,
    });
    expect(declined.body.status).toBe('declined');
    const closed = await api.post(`/api/v1/staff-sharing/posts/${offer.id}/close`, undefined, {
      token: a.token,
    });
    expect(closed.body.status).toBe('closed');
    const late = await api.post(
      '/api/v1/staff-sharing/matches',
      { myPostId: request.id, otherPostId: offer.id, headcount: 1 },
      { token: b.token },
    );
    expect([late.status, late.body.error.code]).toEqual([409, 'STAFF_SHARING_NOT_OPEN']);
  });
});
