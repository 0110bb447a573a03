import { CODE_SENDER, MemoryCodeSender } from '@app/accounts';
import type { TestApi } from '../support/test-api';

/** The codes "sent by SMS" in an API booted with CODE_SENDER=memory. */
export function sentCodes(api: TestApi): MemoryCodeSender {
  return api.app.get<MemoryCodeSender>(CODE_SENDER);
}

/** Requests a code for `phone` and returns it as the phone would receive it. */
export async function requestCode(api: TestApi, phone: string): Promise<string> {
  const res = await api.post('/api/v1/auth/otp', { phone });
  if (res.status !== 202) throw new Error(`otp request failed: ${JSON.stringify(res.body)}`);
  const code = sentCodes(api).lastCode(phone);
  if (!code) throw new Error('no code was sent');
  return code;
}

/** A six-digit code that is neither `code` nor the dev code. */
export function wrongCode(...avoid: string[]): string {
  for (let n = 100000; ; n++) if (!avoid.includes(String(n))) return String(n);
}

export async function usersWithPhone(api: TestApi, phone: string): Promise<number> {
  const [row] = await api.db.query(`SELECT count(*)::int AS n FROM users WHERE phone = $1`, [
    phone,
  ]);
  return row.n;
}
