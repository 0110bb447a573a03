import { admitRole } from './role-policy';

describe('admitRole', () => {
  it('creates a worker or an employer on first login', () => {
    expect(admitRole(null, 'worker')).toEqual({ roles: ['worker'], added: true });
    expect(admitRole(null, 'employer')).toEqual({ roles: ['employer'], added: true });
  });

  it('lets one phone hold both worker and employer', () => {
    expect(admitRole(['worker'], 'employer')).toEqual({
      roles: ['worker', 'employer'],
      added: true,
    });
  });

  it('changes nothing when the role is already held', () => {
    expect(admitRole(['worker', 'employer'], 'worker')).toEqual({
      roles: ['worker', 'employer'],
      added: false,
    });
    expect(admitRole(['operator'], 'operator')).toEqual({ roles: ['operator'], added: false });
  });

  it('refuses operator and admin unless granted', () => {
    expect(admitRole(null, 'operator')).toBeNull();
    expect(admitRole(null, 'admin')).toBeNull();
    expect(admitRole(['worker', 'employer'], 'admin')).toBeNull();
    expect(admitRole(['admin'], 'operator')).toBeNull();
  });
});
