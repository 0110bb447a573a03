import type { Role } from '@app/contracts';
import { GRAB_BODY } from '../support/grab-body';
import { startApi, TestApi } from '../support/test-api';

/**
 * The routes whose path id goes through IdParam: an id that is not a uuid is the
 * route's own 404, with the message it gives for an id nobody has — before any
 * query, so never a database cast error — whatever the body.
 */
const SHIFT = 'No such shift';
const ASSIGNMENT = 'No such assignment';
const OFFER = 'No such offer';

const ROUTES: [
  method: 'GET' | 'POST',
  path: string,
  role: Role | null,
  body: unknown,
  message: string,
][] = [
  ['GET', 'shifts/:id', null, undefined, SHIFT],
  ['POST', 'shifts/:id/grab', 'worker', GRAB_BODY, SHIFT],
  ['POST', 'shifts/:id/cancel', 'employer', undefined, SHIFT],
  ['GET', 'shifts/:id/assignments', 'employer', undefined, SHIFT],
  ['GET', 'shifts/:id/check-in-code', 'employer', undefined, SHIFT],
  [
    'POST',
    'shifts/:id/invites',
    'employer',
    { workerId: '6f1c8a52-8a7e-4c1e-9c55-3a8f0b7d2e11' },
    'Shift not found',
  ],
  ['POST', 'assignments/:id/confirm', 'employer', undefined, ASSIGNMENT],
  ['POST', 'assignments/:id/reject', 'employer', undefined, ASSIGNMENT],
  ['POST', 'assignments/:id/no-show', 'employer', undefined, ASSIGNMENT],
  ['POST', 'assignments/:id/check-in', 'worker', { code: '123456' }, ASSIGNMENT],
  ['GET', 'assignments/:id/check-out-preview', 'worker', undefined, ASSIGNMENT],
  [
    'POST',
    'assignments/:id/check-out',
    'worker',
    { checkOutAt: '2030-03-11T18:00:00+08:00', hours: 8, payFen: 20000 },
    ASSIGNMENT,
  ],
  ['POST', 'assignments/:id/rate', 'worker', { stars: 5 }, ASSIGNMENT],
  ['POST', 'assignments/:id/cancel', 'worker', undefined, ASSIGNMENT],
  [
    'POST',
    'assignments/:id/dispute-hours',
    'employer',
    { hours: 6, reason: '只干了六小时' },
    ASSIGNMENT,
  ],
  ['POST', 'assignments/:id/hours-dispute/accept', 'worker', undefined, ASSIGNMENT],
  ['POST', 'assignments/:id/hours-dispute/reject', 'worker', undefined, ASSIGNMENT],
  ['POST', 'offers/:id/accept', 'worker', undefined, OFFER],
  ['POST', 'offers/:id/decline', 'worker', undefined, OFFER],
  ['GET', 'offers/:id', 'worker', undefined, OFFER],
  ['GET', 'worker-posts/:id', null, undefined, 'No such post'],
  ['POST', 'worker-posts/:id/close', 'worker', undefined, 'No such post'],
  ['GET', 'worker-posts/:id/recommendations', 'worker', undefined, 'No such worker post'],
];

describe('path ids that are not uuids', () => {
  let api: TestApi;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    api = await startApi();
    for (const role of ['worker', 'employer'] as const)
      tokens.set(role, (await api.signIn(role)).token);
  });
  afterAll(() => api?.close());

  it.each(ROUTES)('%s /%s answers its own 404', async (method, path, role, body, message) => {
    for (const id of ['not-a-uuid', '1', '6f1c8a52-8a7e-4c1e-9c55-3a8f0b7d2e1']) {
      const res = await api.request(method, `/api/v1/${path.replace(':id', id)}`, {
        body,
        token: role ? tokens.get(role) : undefined,
        headers: { 'accept-language': 'en' },
      });
      expect([id, res.status, res.body.error]).toEqual([
        id,
        404,
        { code: 'NOT_FOUND', message, details: [] },
      ]);
    }
  });
});
