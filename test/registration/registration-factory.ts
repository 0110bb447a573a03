import { idNumberCheckCharacter } from '@app/public-service/registration/id-number';
import type { SignedIn, TestApi } from '../support/test-api';

let serial = 0;

/** A valid resident ID number (right check character), different on each call. */
export function idNumber(): string {
  serial += 1;
  const first17 = `210202199003${String(10 + (serial % 18)).padStart(2, '0')}${String(100 + serial).slice(-3)}`;
  return first17 + idNumberCheckCharacter(first17);
}

/** A complete registration form signed with the current commitment. */
export function registrationBody(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    name: '王小明',
    idNumber: idNumber(),
    phone: '13912345678',
    district: '沙河口区',
    address: '大连市沙河口区西南路 100 号 3-2-1',
    employmentForm: 'platform',
    trades: ['loader'],
    workDescription: '在海鲜市场做装卸',
    startedOn: '2026-01-05',
    commitment: { version: '2026-11-v1', signed: true },
    ...overrides,
  };
}

/** A worker who has submitted a registration; returns the worker and the 201 body. */
export async function submitted(
  api: TestApi,
  overrides: Record<string, unknown> = {},
): Promise<{ worker: SignedIn; registration: any }> {
  const worker = await api.signIn('worker');
  const res = await api.post('/api/v1/registrations', registrationBody(overrides), {
    token: worker.token,
  });
  if (res.status !== 201) throw new Error(`register: ${res.status} ${JSON.stringify(res.body)}`);
  return { worker, registration: res.body };
}
