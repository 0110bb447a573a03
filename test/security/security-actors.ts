import { ROLES, type Role } from '@app/contracts';
import { createMarket } from '../markets/market-factory';
import {
  CENTRE,
  employerProfileBody,
  isoAfter,
  postShift,
  shiftBody,
  workerProfileBody,
} from '../listings/listings-factory';
import type { TestApi } from '../support/test-api';
import { GRAB_BODY } from '../support/grab-body';
import { DEV_CODE } from '../support/test-env';

export interface Actor {
  id: string;
  phone: string;
  role: Role;
  token: string;
}

/**
 * Signs in through the real login with the dev code, as a client would. Operator
 * and admin are granted in the database first (only an admin can grant them).
 */
export async function loginAs(api: TestApi, role: Role): Promise<Actor> {
  const phone = api.newPhone();
  if (role === 'operator' || role === 'admin') {
    await api.db.query(`INSERT INTO users (phone, roles) VALUES ($1, $2::text[])`, [phone, [role]]);
  }
  const res = await api.post('/api/v1/auth/login', { phone, code: DEV_CODE, role });
  if (res.status !== 200)
    throw new Error(`login as ${role}: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.user.id, phone, role, token: res.body.accessToken };
}

/** One signed-in actor per role. */
export async function oneOfEachRole(api: TestApi): Promise<Record<Role, Actor>> {
  const actors = await Promise.all(ROLES.map((role) => loginAs(api, role)));
  return Object.fromEntries(actors.map((a) => [a.role, a])) as Record<Role, Actor>;
}

/** Someone's world: an employer with a shift, a worker with a post and a grabbed seat, an operator's market. */
export interface World {
  actors: Record<Role, Actor>;
  marketId: string;
  shiftId: string;
  workerPostId: string;
  assignmentId: string;
  /** An invite from the employer to the worker's post, on a second shift. */
  offerId: string;
  sharingPostId: string;
  fairId: string;
}

function must<T = any>(res: { status: number; body: any }, what: string): T {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** Builds a world owned by freshly signed-in actors; `now` is the API's clock. */
export async function buildWorld(api: TestApi, now: Date): Promise<World> {
  const actors = await oneOfEachRole(api);
  const { admin, operator, employer, worker } = actors;
  const market = await createMarket(api, admin.token);
  must(
    await api.put(`/api/v1/markets/${market.id}/operators/${operator.id}`, undefined, {
      token: admin.token,
    }),
    'bind operator',
  );
  must(
    await api.put('/api/v1/employers/me', employerProfileBody(), { token: employer.token }),
    'employer profile',
  );
  must(
    await api.put(
      '/api/v1/workers/me',
      workerProfileBody({
        availability: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
          weekday,
          from: '00:00',
          to: '23:59',
        })),
      }),
      { token: worker.token },
    ),
    'worker profile',
  );
  const shift = await postShift(api, employer.token, shiftBody(now, { headcount: 2 }));
  const assignment = must(
    await api.post(`/api/v1/shifts/${shift.id}/grab`, GRAB_BODY, { token: worker.token }),
    'grab',
  );
  const post = must(
    await api.post(
      '/api/v1/worker-posts',
      {
        title: '熟练装卸工',
        tradeCodes: ['loader'],
        area: { ...CENTRE, district: '中山区' },
        availableFrom: isoAfter(now, -24),
        availableTo: isoAfter(now, 24 * 14),
      },
      { token: worker.token },
    ),
    'worker post',
  );
  const second = await postShift(
    api,
    employer.token,
    shiftBody(now, { startsAt: isoAfter(now, 26), endsAt: isoAfter(now, 30) }),
  );
  const offer = must(
    await api.post(
      `/api/v1/shifts/${second.id}/invites`,
      { postId: post.id },
      { token: employer.token },
    ),
    'invite',
  );
  const sharing = must(
    await api.post(
      '/api/v1/staff-sharing/offers',
      {
        tradeCode: 'loader',
        headcount: 2,
        startsOn: isoAfter(now, 24).slice(0, 10),
        endsOn: isoAfter(now, 24 * 10).slice(0, 10),
        district: '中山区',
      },
      { token: employer.token },
    ),
    'staff-sharing offer',
  );
  const fair = must(
    await api.post(
      `/api/v1/markets/${market.id}/fairs`,
      { title: '春风行动零工专场招聘会', startsAt: isoAfter(now, 24), endsAt: isoAfter(now, 27) },
      { token: operator.token },
    ),
    'fair',
  );
  return {
    actors,
    marketId: market.id,
    shiftId: shift.id,
    workerPostId: post.id,
    assignmentId: assignment.id,
    offerId: offer.id,
    sharingPostId: sharing.id,
    fairId: fair.id,
  };
}
