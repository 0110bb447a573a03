import type { AuthUser } from '@app/accounts';
import { Room } from '@app/contracts';

export type SocketKind = 'worker' | 'employer' | 'board' | 'other';
export const SOCKET_KINDS: SocketKind[] = ['worker', 'employer', 'board', 'other'];

/** Who is behind a socket, decided once at the handshake and kept in `socket.data`. */
export interface SocketIdentity {
  kind: SocketKind;
  user?: AuthUser;
  marketId?: string;
  /** The rooms the server put it in at connect time (its own, never another's). */
  rooms: string[];
  lastEventId?: string;
}

export function userIdentity(user: AuthUser): SocketIdentity {
  const rooms: string[] = [];
  // One phone may hold both roles: it hears its worker and its employer events.
  if (user.roles.includes('worker')) rooms.push(Room.worker(user.id));
  if (user.roles.includes('employer')) rooms.push(Room.employer(user.id));
  const kind: SocketKind = user.role === 'worker' || user.role === 'employer' ? user.role : 'other';
  return { kind, user, rooms };
}

export function boardIdentity(marketId: string): SocketIdentity {
  return { kind: 'board', marketId, rooms: [Room.board(marketId)] };
}
