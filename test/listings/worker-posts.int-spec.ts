import { startApi, TestApi } from '../support/test-api';
import {
  allPages,
  CENTRE,
  districtAt,
  HOUR,
  isoAfter,
  northOfCentre,
  PHONE_LIKE,
  scannable,
  workerWithProfile,
} from './listings-factory';

const NOW = new Date('2030-03-11T02:00:00Z');

function postBody(overrides: Record<string, unknown> = {}) {
  return {
    title: '熟练装卸工，可夜班',
    tradeCodes: ['loader', 'mover'],
    description: '十年装卸经验',
    area: { ...CENTRE, district: '中山区' },
    availableFrom: isoAfter(NOW, -24),
    availableTo: isoAfter(NOW, 24 * 14),
    minPay: { unit: 'day', amountFen: 25000 },
    ...overrides,
  };
}

describe('worker posts 求职信息', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
  });
  afterAll(() => api.close());

  async function publish(token: string, overrides: Record<string, unknown> = {}) {
    const res = await api.post('/api/v1/worker-posts', postBody(overrides), { token });
    if (res.status !== 201) throw new Error(`post: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  it('publishes a post that anyone can read, with a masked name and an area rounded to ~1 km', async () => {
    const worker = await workerWithProfile(api, { name: '张三丰' });
    const created = await api.post(
      '/api/v1/worker-posts',
      postBody({ area: { lat: 38.914567, lng: 121.614321, district: '中山区' } }),
      { token: worker.token },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'open',
      tradeCodes: ['loader', 'mover'],
      area: { lat: 38.91, lng: 121.61, district: '中山区' },
      minPay: { unit: 'day', amountFen: 25000 },
      worker: { name: '张**' },
    });
    const read = await api.get(`/api/v1/worker-posts/${created.body.id}`);
    expect(read.body).toEqual(created.body);
    const json = JSON.stringify(read.body);
    expect(json).not.toContain('张三丰');
    expect(json).not.toContain('38.951234'); // the home location of the profile
    expect(json).not.toContain(worker.id);
  });

  it('needs a worker profile first, and the worker role', async () => {
    const bare = await api.signIn('worker');
    const employer = await api.signIn('employer');
    const before = await api.count('worker_posts');
    const noProfile = await api.post('/api/v1/worker-posts', postBody(), { token: bare.token });
    expect([noProfile.status, noProfile.body.error.code]).toEqual([409, 'PROFILE_REQUIRED']);
    const wrongRole = await api.post('/api/v1/worker-posts', postBody(), { token: employer.token });
    expect(wrongRole.status).toBe(403);
    expect(await api.count('worker_posts')).toBe(before);
  });

  it.each([
    [{ tradeCodes: ['loader', 'astronaut'] }, 'UNKNOWN_TRADE', 'tradeCodes[1]'],
    [{ availableTo: isoAfter(NOW, -48) }, 'INVALID_TIME_WINDOW', 'availableTo'],
    [{ area: { lat: 38.9, lng: 181, district: '中山区' } }, 'VALIDATION_FAILED', 'area.lng'],
    [{ phone: '13812345678' }, 'UNKNOWN_FIELD', 'phone'],
  ])('refuses %j with %s naming %s and writes nothing', async (override, code, field) => {
    const worker = await workerWithProfile(api);
    const before = await api.count('worker_posts');
    const res = await api.post('/api/v1/worker-posts', postBody(override), {
      token: worker.token,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.details.map((d: any) => d.field)).toContain(field);
    expect(await api.count('worker_posts')).toBe(before);
  });

  it('searches by trade, district, time window and distance, nearest first', async () => {
    const worker = await workerWithProfile(api);
    const at = (km: number) => ({ ...northOfCentre(km), district: districtAt(northOfCentre(km)) });
    const far = await publish(worker.token, { tradeCodes: ['gardener'], area: at(8) });
    const near = await publish(worker.token, { tradeCodes: ['gardener', 'cleaner'], area: at(2) });
    const otherDistrict = await publish(worker.token, {
      tradeCodes: ['gardener'],
      area: { ...northOfCentre(4), district: '西岗区' },
    });
    const nextMonth = await publish(worker.token, {
      tradeCodes: ['gardener'],
      area: at(30),
      availableFrom: isoAfter(NOW, 24 * 30),
      availableTo: isoAfter(NOW, 24 * 40),
    });

    const byDistance = await api.get(
      `/api/v1/worker-posts?near=${CENTRE.lat},${CENTRE.lng}&radiusKm=10&trade=gardener`,
    );
    expect(byDistance.body.items.map((p: any) => p.id)).toEqual([
      near.id,
      otherDistrict.id,
      far.id,
    ]);
    expect(byDistance.body.items[0].distanceKm).toBeCloseTo(2, 0);

    const district = await api.get('/api/v1/worker-posts?trade=gardener&district=西岗区');
    expect(district.body.items.map((p: any) => p.id)).toEqual([otherDistrict.id]);
    const window = await api.get(
      `/api/v1/worker-posts?trade=gardener&from=${encodeURIComponent(isoAfter(NOW, 24 * 29))}`,
    );
    expect(window.body.items.map((p: any) => p.id)).toEqual([nextMonth.id]);
    const newest = await api.get('/api/v1/worker-posts?trade=gardener');
    expect(newest.body.items.map((p: any) => p.id)).toEqual([
      nextMonth.id,
      otherDistrict.id,
      near.id,
      far.id,
    ]);
  });

  it('pages newest first without repeats while posts are added between pages', async () => {
    const worker = await workerWithProfile(api);
    const originals: string[] = [];
    for (let i = 0; i < 9; i++) {
      originals.push((await publish(worker.token, { tradeCodes: ['painter'] })).id);
    }
    const pages = await allPages(api, '/api/v1/worker-posts?trade=painter&limit=4', async () => {
      await publish(worker.token, { tradeCodes: ['painter'] });
    });
    const ids = pages.flat().map((p) => p.id);
    // Newest first: what was published while paging sorts before the cursor and is not served.
    expect(ids).toEqual([...originals].reverse());
  });

  it('lets only the owner close a post; a closed post leaves the public search', async () => {
    const owner = await workerWithProfile(api);
    const other = await workerWithProfile(api);
    const post = await publish(owner.token, { tradeCodes: ['welder'] });
    const refused = await api.post(`/api/v1/worker-posts/${post.id}/close`, undefined, {
      token: other.token,
    });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const closed = await api.post(`/api/v1/worker-posts/${post.id}/close`, undefined, {
      token: owner.token,
    });
    expect([closed.status, closed.body.status]).toEqual([200, 'closed']);
    const again = await api.post(`/api/v1/worker-posts/${post.id}/close`, undefined, {
      token: owner.token,
    });
    expect([again.status, again.body.status]).toEqual([200, 'closed']);
    expect((await api.get('/api/v1/worker-posts?trade=welder')).body.items).toEqual([]);
    const mine = await api.get('/api/v1/workers/me/posts', { token: owner.token });
    expect(mine.body.items.map((p: any) => [p.id, p.status])).toEqual([[post.id, 'closed']]);
  });

  it('is 404 for a missing post and for an id that is not a uuid', async () => {
    for (const id of ['6f1c8a52-8a7e-4c1e-9c55-3a8f0b7d2e11', 'abc']) {
      const res = await api.get(`/api/v1/worker-posts/${id}`);
      expect([res.status, res.body.error.code]).toEqual([404, 'NOT_FOUND']);
    }
  });

  it('never shows a phone number in the public list, even one typed into the text', async () => {
    const worker = await workerWithProfile(api, { name: '李师傅' });
    await publish(worker.token, {
      tradeCodes: ['plumber'],
      title: '水电维修 13812345678',
      description: '电话 13812345678，微信同号',
    });
    const res = await api.get('/api/v1/worker-posts?trade=plumber');
    expect(res.body.items).toHaveLength(1);
    const json = scannable(res.body);
    expect(json).not.toMatch(PHONE_LIKE);
    expect(json).not.toContain(worker.phone);
    expect(res.body.items[0].description).toContain('138****5678');
    expect(res.body.items[0].worker).toEqual({ name: '李**' });
  });

  it('leaves out posts whose availability has ended', async () => {
    const worker = await workerWithProfile(api);
    const post = await publish(worker.token, {
      tradeCodes: ['tiler'],
      availableFrom: isoAfter(NOW, -48),
      availableTo: isoAfter(NOW, 1),
    });
    await api.db.query(`UPDATE worker_posts SET available_to = $1 WHERE id = $2`, [
      new Date(NOW.getTime() - HOUR),
      post.id,
    ]);
    expect((await api.get('/api/v1/worker-posts?trade=tiler')).body.items).toEqual([]);
  });
});
