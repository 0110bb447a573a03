import { reactive } from 'vue';

/**
 * One signed-in session per role on this device: a phone may be a worker in the
 * morning and an employer in the afternoon, and the hall's desk PC is an operator.
 */
export type Role = 'worker' | 'employer' | 'operator' | 'admin';

export interface SessionUser {
  id: string;
  phone: string;
  roles: Role[];
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: SessionUser;
}

const key = (role: Role) => `lg.session.${role}`;

function read(role: Role): Session | null {
  try {
    const raw = localStorage.getItem(key(role));
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export const sessions = reactive<Record<Role, Session | null>>({
  worker: read('worker'),
  employer: read('employer'),
  operator: read('operator'),
  admin: read('admin'),
});

export function saveSession(role: Role, session: Session | null): void {
  sessions[role] = session;
  if (session) localStorage.setItem(key(role), JSON.stringify(session));
  else localStorage.removeItem(key(role));
}

export const isSignedIn = (role: Role) => sessions[role] !== null;
