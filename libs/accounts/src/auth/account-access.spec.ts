import { ErrorCode } from '@app/contracts';
import { judgeAccess } from './account-access';
import type { VerifiedToken } from './auth-user';

describe('judgeAccess', () => {
  const token: VerifiedToken = {
    userId: 'u1',
    sessionId: 's1',
    role: 'worker',
    expiresAt: new Date('2026-12-01T00:00:00Z'),
  };

  it('takes the roles from the server, whatever the token was signed with', () => {
    expect(judgeAccess(token, { roles: ['worker'], status: 'active' }, false)).toEqual({
      id: 'u1',
      role: 'worker',
      roles: ['worker'],
      sessionId: 's1',
    });
    expect(judgeAccess(token, { roles: ['worker', 'employer'], status: 'active' }, false)).toEqual(
      expect.objectContaining({ roles: ['worker', 'employer'] }),
    );
  });

  it('refuses a revoked session, a deleted or suspended account, and a role no longer held', () => {
    const active = { roles: ['worker' as const], status: 'active' as const };
    expect(judgeAccess(token, active, true)).toBe(ErrorCode.SESSION_ENDED);
    expect(judgeAccess(token, null, false)).toBe(ErrorCode.UNAUTHENTICATED);
    expect(judgeAccess(token, { roles: ['worker'], status: 'suspended' }, false)).toBe(
      ErrorCode.ACCOUNT_SUSPENDED,
    );
    expect(judgeAccess(token, { roles: ['employer'], status: 'active' }, false)).toBe(
      ErrorCode.SESSION_ENDED,
    );
    // A suspension revokes the sessions too; the suspension is what the user is told.
    expect(judgeAccess(token, { roles: ['worker'], status: 'suspended' }, true)).toBe(
      ErrorCode.ACCOUNT_SUSPENDED,
    );
  });
});
