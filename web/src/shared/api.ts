import { acceptLanguage } from './i18n';
import { type Role, type Session, saveSession, sessions } from './session';

/** The contract's error shape, thrown by every call that gets a 4xx/5xx. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { field: string; message: string }[] = [],
  ) {
    super(message);
  }

  /** Field errors keyed by field path (e.g. `pay.amountFen`), for forms. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries(this.details.map((d) => [d.field, d.message]));
  }
}

export interface CallOptions {
  /** Whose token to send; none for public calls. */
  as?: Role;
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  /** Sent as Idempotency-Key so a retried tap on a weak network has no second effect. */
  idempotencyKey?: string;
}

const BASE = '/api/v1';

export async function api<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
  const response = await send(method, path, options);
  if (response.status === 401 && options.as && (await refresh(options.as))) {
    return parse<T>(await send(method, path, options));
  }
  return parse<T>(response);
}

export const get = <T>(path: string, options?: CallOptions) => api<T>('GET', path, options);
export const post = <T>(path: string, body?: unknown, options?: CallOptions) =>
  api<T>('POST', path, { ...options, body: body ?? {} });
export const put = <T>(path: string, body: unknown, options?: CallOptions) =>
  api<T>('PUT', path, { ...options, body });
export const patch = <T>(path: string, body: unknown, options?: CallOptions) =>
  api<T>('PATCH', path, { ...options, body });

/** A fresh key per user action (not per retry). */
export const newIdempotencyKey = () => crypto.randomUUID();

function send(method: string, path: string, options: CallOptions): Promise<Response> {
  const headers: Record<string, string> = { 'Accept-Language': acceptLanguage() };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const token = options.as ? sessions[options.as]?.accessToken : undefined;
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(options.query ?? {})) {
    if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  }
  const qs = query.toString();
  return fetch(`${BASE}${path}${qs ? `?${qs}` : ''}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  }).catch(() => {
    throw new ApiError(0, 'NETWORK', '网络不可用，请稍后重试 / Network unavailable, please retry');
  });
}

async function parse<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const error = (body as { error?: { code: string; message: string; details?: [] } } | null)
      ?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'HTTP_' + response.status,
      error?.message ?? response.statusText,
      error?.details ?? [],
    );
  }
  return body as T;
}

const refreshing = new Map<Role, Promise<boolean>>();

/**
 * Exchanges the role's refresh token for a new pair (the realtime link uses it to
 * re-authenticate its socket before the access token expires). False, and signed out,
 * when the session has ended.
 */
export const refreshSession = (role: Role): Promise<boolean> => refresh(role);

/** One refresh at a time per role: two at once would look like token theft to the server. */
function refresh(role: Role): Promise<boolean> {
  const running = refreshing.get(role);
  if (running) return running;
  const attempt = (async () => {
    const current = sessions[role];
    if (!current) return false;
    const response = await send('POST', '/auth/refresh', {
      body: { refreshToken: current.refreshToken },
    });
    if (!response.ok) {
      saveSession(role, null);
      return false;
    }
    saveSession(role, (await response.json()) as Session);
    return true;
  })().finally(() => refreshing.delete(role));
  refreshing.set(role, attempt);
  return attempt;
}
