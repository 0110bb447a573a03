import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { startApi, TestApi } from '../support/test-api';
import { DEV_CODE } from '../support/test-env';
import { usersWithPhone } from './support';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = 'apps/api/src/cli/admin-create.ts';

/** Runs `npm run admin:create -- …` as an operator would, against this file's database. */
function adminCreate(databaseUrl: string, ...args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', SCRIPT, ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run admin:create', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('promotes an existing worker to admin, printing the phone masked; the admin can then sign in', async () => {
    const worker = await api.signIn('worker');
    const run = await adminCreate(api.databaseUrl, '--phone', worker.phone);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${worker.phone.slice(0, 3)}****${worker.phone.slice(-4)}`);
    expect(run.stdout).toContain('promoted');
    expect(run.stdout + run.stderr).not.toContain(worker.phone);

    const login = await api.post('/api/v1/auth/login', {
      phone: worker.phone,
      code: DEV_CODE,
      role: 'admin',
    });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({
      id: worker.id,
      role: 'admin',
      roles: ['worker', 'admin'],
    });

    const rerun = await adminCreate(api.databaseUrl, `--phone=${worker.phone}`);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain('already an admin');
  }, 90_000);

  it('creates the account when the phone has none', async () => {
    const phone = api.newPhone();
    const run = await adminCreate(api.databaseUrl, '--phone', phone);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('created');
    const [row] = await api.db.query(`SELECT roles FROM users WHERE phone = $1`, [phone]);
    expect(row.roles).toEqual(['admin']);
  }, 90_000);

  it('exits 1 with a clear message on a bad or missing phone, changing nothing', async () => {
    const [bad, missing] = await Promise.all([
      adminCreate(api.databaseUrl, '--phone', '12800138000'),
      adminCreate(api.databaseUrl),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('not a mainland mobile number');
    expect(bad.stderr).toContain('usage: npm run admin:create -- --phone');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--phone is required');
    expect(await usersWithPhone(api, '12800138000')).toBe(0);
  }, 90_000);
});
