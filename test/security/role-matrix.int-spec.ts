import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '@app/contracts';
import { startApi, TestApi } from '../support/test-api';
import { type Route, routeTable } from './route-table';
import { buildWorld, type World } from './security-actors';

/**
 * The role × route matrix, generated from the route table: every operation the
 * API serves, tried with no token and with each role's token, the expectation
 * read from the route's own @Auth metadata; then every owner-scoped operation
 * tried by another owner on the first owner's rows.
 */
// 10:00 in Shanghai: the API's clock stands here, so the world's shifts are in the future.
const NOW = new Date('2030-03-11T02:00:00Z');

/** Fills path parameters with fresh UUIDs: guards run before any row is looked up. */
function withRandomIds(path: string): string {
  return path.replace(/\{date\}/g, '2030-05-01').replace(/\{[^}]+\}/g, () => randomUUID());
}

/** The first owner's row for each path parameter, or undefined when the route names none of them. */
function ownedPath(route: Route, owner: World): string | undefined {
  const idFor: Record<string, string | undefined> = {
    shifts: owner.shiftId,
    assignments: owner.assignmentId,
    'worker-posts': owner.workerPostId,
    markets: owner.marketId,
    offers: owner.offerId,
    posts: owner.sharingPostId,
    fairs: owner.fairId,
  };
  const named: Record<string, string> = {
    workerId: owner.actors.worker.id,
    employerId: owner.actors.employer.id,
    userId: owner.actors.operator.id,
    shiftId: owner.shiftId,
  };
  let missing = false;
  const path = route.path.replace(/([^/]+)\/\{([^}]+)\}/g, (_, segment: string, param: string) => {
    const id = param === 'id' ? idFor[segment] : named[param];
    if (!id) missing = true;
    return `${segment}/${id}`;
  });
  return missing || !route.path.includes('{') ? undefined : path;
}

/** Operations open to any signed-in holder of the role whoever owns the row: not owner-scoped. */
const NOT_OWNER_SCOPED = new Set([
  // any worker may grab any open shift
  'ShiftLifecycleController_grab',
]);

const body = (route: Route) => (route.operation.requestBody ? {} : undefined);

/**
 * Valid bodies for the owner-scoped operations that take one, written by the other
 * owner: a cross-owner attempt must be refused for whose row it is, not for its body.
 */
function validBody(route: Route, mine: World): unknown {
  const bodies: Record<string, unknown> = {
    AssignmentsController_rate: { stars: 5 },
    AssignmentsController_checkIn: { code: '123456' },
    AssignmentsController_checkOut: {
      checkOutAt: '2030-03-14T12:00:00+08:00',
      hours: 4,
      payFen: 12000,
    },
    HoursDisputesController_dispute: { hours: 3, reason: '提前离开了现场' },
    InvitesController_invite: { postId: mine.workerPostId },
    FairsController_attach: { shiftId: mine.shiftId },
    FairsController_addEmployer: {
      employerId: mine.actors.employer.id,
      zoneId: randomUUID(),
      booth: 'A1',
    },
    FairsController_addZone: { name: '装卸专区', tradeCodes: ['loader'] },
    FairsController_schedule: {
      title: '春风行动零工专场招聘会',
      startsAt: '2030-03-14T09:00:00+08:00',
      endsAt: '2030-03-14T12:00:00+08:00',
    },
    FairsController_update: { title: '改名' },
    MarketsController_update: { name: '改名的市场' },
    WalkInsController_lookup: { phone: '13912340000' },
    WalkInsController_sendCode: { phone: '13912340000' },
    WalkInsController_place: { workerId: mine.actors.worker.id, shiftId: mine.shiftId },
    WalkInsController_register: {
      phone: '13912340000',
      consent: { method: 'verbal', textVersion: '2026-11-v1' },
      profile: {
        name: '李四',
        trades: [{ code: 'loader', level: 3 }],
        certificates: [],
        homeDistrict: '中山区',
        maxTravelKm: 10,
      },
    },
  };
  if (route.operationId in bodies) return bodies[route.operationId];
  if (route.operation.requestBody) throw new Error(`no valid body for ${route.operationId}`);
  return undefined;
}

describe('the role × route matrix', () => {
  let api: TestApi;
  let routes: Route[];
  let owner: World;
  let other: World;
  beforeAll(async () => {
    api = await startApi({ CLOCK_FIXED_AT: NOW.toISOString() });
    owner = await buildWorld(api, NOW);
    other = await buildWorld(api, NOW);
    routes = await routeTable(api);
  });
  afterAll(() => api.close());

  it('reads the route table: every served operation, with its access', () => {
    expect(routes.length).toBeGreaterThan(100);
    const byId = new Map(routes.map((r) => [r.operationId, r]));
    // A few known ones, so that a broken reading of the metadata cannot pass unnoticed.
    expect(byId.get('ShiftsController_search')).toMatchObject({ access: 'public', roles: [] });
    expect(byId.get('MarketsController_list')).toMatchObject({ access: 'optional' });
    expect(byId.get('ShiftsController_create')).toMatchObject({
      access: 'signed-in',
      roles: ['employer'],
    });
    expect(byId.get('MarketsController_update')?.roles.sort()).toEqual(['admin', 'operator']);
    expect(byId.get('StatisticsController_overview')).toMatchObject({ roles: ['admin'] });
    expect(byId.get('MeController_me')).toMatchObject({ access: 'signed-in', roles: [] });
  });

  it('without a token: 401 UNAUTHENTICATED on every guarded route, never 401 on a public one', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const res = await api.request(route.method, withRandomIds(route.path), {
        body: body(route),
      });
      const expected = route.access === 'signed-in';
      const got = res.status === 401 && res.body?.error?.code === 'UNAUTHENTICATED';
      if (got !== expected || res.status >= 500)
        wrong.push(`${route.method} ${route.path}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('with each role: 403 FORBIDDEN exactly where @Auth leaves the role out', async () => {
    const wrong: string[] = [];
    let cells = 0;
    for (const route of routes) {
      for (const role of ROLES) {
        cells += 1;
        const res = await api.request(route.method, withRandomIds(route.path), {
          token: other.actors[role].token,
          body: body(route),
        });
        const refused = route.access === 'signed-in' && route.roles.length > 0;
        const allowed = !refused || route.roles.includes(role);
        const ok = allowed
          ? res.status !== 401 && res.body?.error?.code !== 'FORBIDDEN' && res.status < 500
          : res.status === 403 && res.body?.error?.code === 'FORBIDDEN';
        if (!ok) wrong.push(`${role} ${route.method} ${route.path}: ${res.status}`);
      }
    }
    expect(cells).toBe(routes.length * ROLES.length);
    expect(wrong).toEqual([]);
  });

  it('spells out a few cells by hand', async () => {
    const { worker, employer, operator, admin } = other.actors;
    const cell = async (role: { token: string }, method: string, url: string, b?: unknown) =>
      (await api.request(method, url, { token: role.token, body: b })).status;
    expect(await cell(worker, 'POST', '/api/v1/shifts', {})).toBe(403);
    expect(await cell(employer, 'POST', '/api/v1/shifts', {})).toBe(400);
    expect(await cell(employer, 'POST', '/api/v1/markets', {})).toBe(403);
    expect(await cell(operator, 'GET', '/api/v1/admin/statistics')).toBe(403);
    expect(await cell(admin, 'GET', '/api/v1/admin/statistics')).toBe(200);
    expect(await cell(employer, 'POST', `/api/v1/offers/${owner.offerId}/accept`)).toBe(403);
    expect((await api.get('/api/v1/shifts')).status).toBe(200);
    expect((await api.get('/api/v1/me')).status).toBe(401);
  });

  it("across owners: another worker, employer or operator never gets a 2xx on the first owner's rows", async () => {
    const tried: string[] = [];
    const wrong: string[] = [];
    for (const route of routes) {
      if (route.access !== 'signed-in' || NOT_OWNER_SCOPED.has(route.operationId)) continue;
      const path = ownedPath(route, owner);
      if (!path) continue;
      // Admins act across the city by design; the owner-scoped roles are the other three.
      for (const role of ['worker', 'employer', 'operator'] as Role[]) {
        if (route.roles.length && !route.roles.includes(role)) continue;
        tried.push(`${role} ${route.operationId}`);
        const res = await api.request(route.method, path, {
          token: other.actors[role].token,
          body: validBody(route, other),
        });
        // Refused for whose row it is: 403 or 404 (409 where the other owner's own row is not at the fair).
        if (![403, 404, 409].includes(res.status))
          wrong.push(`${role} ${route.method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    expect(wrong).toEqual([]);
    // The owner-scoped families all took part.
    for (const op of [
      'ShiftLifecycleController_cancel',
      'AssignmentsController_confirm',
      'AssignmentsController_checkIn',
      'OffersController_accept',
      'WorkerPostsController_close',
      'MarketsController_update',
      'WalkInsController_list',
      'FairsController_update',
      'StaffSharingController_close',
      'AgreementsController_get',
    ]) {
      expect(tried.some((t) => t.endsWith(` ${op}`))).toBe(true);
    }
  });

  it("leaves the first owner's rows as they were", async () => {
    const { employer, worker } = owner.actors;
    const shift = await api.get(`/api/v1/shifts/${owner.shiftId}`);
    expect(shift.body.status).toBe('open');
    const seats = await api.get(`/api/v1/shifts/${owner.shiftId}/assignments`, {
      token: employer.token,
    });
    expect(seats.body.items.map((a: any) => [a.id, a.status])).toEqual([
      [owner.assignmentId, 'pending_confirm'],
    ]);
    const offer = await api.get(`/api/v1/offers/${owner.offerId}`, { token: worker.token });
    expect(offer.body.status).toBe('pending');
    const post = await api.get(`/api/v1/worker-posts/${owner.workerPostId}`);
    expect(post.body.status).toBe('open');
  });
});
