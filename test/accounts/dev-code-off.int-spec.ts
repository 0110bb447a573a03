import { startApi, TestApi } from '../support/test-api';
import { DEV_CODE } from '../support/test-env';
import { requestCode, usersWithPhone } from './support';

describe('login without AUTH_DEV_CODE', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ CODE_SENDER: 'memory', AUTH_DEV_CODE: '' });
  });
  afterAll(() => api.close());

  it('refuses the dev code: only the code sent to the phone signs in', async () => {
    const phone = api.newPhone();
    const none = await api.post('/api/v1/auth/login', { phone, code: DEV_CODE, role: 'worker' });
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('CODE_EXPIRED');

    const code = await requestCode(api, phone);
    if (code !== DEV_CODE) {
      const dev = await api.post('/api/v1/auth/login', { phone, code: DEV_CODE, role: 'worker' });
      expect(dev.status).toBe(401);
      expect(dev.body.error.code).toBe('INVALID_CODE');
    }
    expect(await usersWithPhone(api, phone)).toBe(0);

    const real = await api.post('/api/v1/auth/login', { phone, code, role: 'worker' });
    expect(real.status).toBe(200);
  });
});
