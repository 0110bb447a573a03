import { employerWithProfile } from '../listings/listings-factory';
import type { SignedIn, TestApi } from '../support/test-api';

/** An employer with a profile (a business unless `overrides` say otherwise). */
export const sharingEmployer = employerWithProfile;

export function postBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    tradeCode: 'loader',
    headcount: 3,
    startsOn: '2026-12-01',
    endsOn: '2026-12-20',
    district: '甘井子区',
    note: '冷库装卸，提供工装',
    ...overrides,
  };
}

/** Posts an offer or a request as `employer`; returns the 201 body. */
export async function post(
  api: TestApi,
  employer: SignedIn,
  kind: 'offers' | 'requests',
  overrides: Record<string, unknown> = {},
): Promise<any> {
  const res = await api.post(`/api/v1/staff-sharing/${kind}`, postBody(overrides), {
    token: employer.token,
  });
  if (res.status !== 201) throw new Error(`${kind}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Proposes `mine` with `theirs` for `headcount` people; returns the 201 body. */
export async function propose(
  api: TestApi,
  employer: SignedIn,
  mine: string,
  theirs: string,
  headcount: number,
): Promise<any> {
  const res = await api.post(
    '/api/v1/staff-sharing/matches',
    { myPostId: mine, otherPostId: theirs, headcount },
    { token: employer.token },
  );
  if (res.status !== 201) throw new Error(`propose: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
