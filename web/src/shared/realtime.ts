import { onBeforeUnmount, ref, type Ref } from 'vue';
import { io, type Socket } from 'socket.io-client';
import { refreshSession } from './api';
import { reauthDelay, tokenLifeLeft } from './token-life';
import { realtimeUrl } from './client-config';
import { type Role, saveSession, sessions } from './session';

export type LinkState = 'connecting' | 'live' | 'reconnecting';

export interface RealtimeLink {
  socket: Socket;
  state: Ref<LinkState>;
  /** Registers a handler for a server event; every payload carries an `eventId`. */
  on<T = Record<string, unknown>>(event: string, handler: (payload: T) => void): void;
  close(): void;
}

/**
 * A socket to the realtime gateway that reconnects forever and, on each
 * reconnect, tells the server the last event it saw so nothing is missed.
 * `state` drives the visible "reconnecting" banner: no screen shows stale data silently.
 */
export async function connectRealtime(
  who: { role: Role } | { board: string },
): Promise<RealtimeLink> {
  const state = ref<LinkState>('connecting');
  let lastEventId: string | undefined;
  const socket = io(await realtimeUrl(), {
    path: '/socket.io',
    reconnection: true,
    reconnectionAttempts: Infinity,
    reconnectionDelay: 500,
    reconnectionDelayMax: 10_000,
    // Websocket first (works across N gateway nodes without sticky sessions); polling if it is blocked.
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    auth: (cb) =>
      cb({
        ...('board' in who ? { board: who.board } : { token: sessions[who.role]?.accessToken }),
        ...(lastEventId ? { lastEventId } : {}),
      }),
  });
  socket.on('connect', () => (state.value = 'live'));
  socket.on('disconnect', () => (state.value = 'reconnecting'));
  socket.on('connect_error', () => (state.value = 'reconnecting'));
  if ('role' in who) keepSignedIn(socket, who.role);
  socket.io.on('reconnect_attempt', () => (state.value = 'reconnecting'));
  socket.onAny((_event: string, payload: { eventId?: string } | undefined) => {
    const id = payload?.eventId;
    if (typeof id === 'string' && (!lastEventId || BigInt(id) > BigInt(lastEventId)))
      lastEventId = id;
  });
  return {
    socket,
    state,
    on: (event, handler) => socket.on(event, handler),
    close: () => socket.close(),
  };
}

/** connectRealtime for a component: closed when the component goes away. */
export function useRealtime(who: { role: Role } | { board: string }) {
  const link = ref<RealtimeLink | null>(null);
  const state = ref<LinkState>('connecting');
  let closed = false;
  const ready = connectRealtime(who).then((l) => {
    if (closed) l.close();
    link.value = l;
    // Mirror the link's state into the component's ref.
    l.socket.on('connect', () => (state.value = 'live'));
    l.socket.on('disconnect', () => (state.value = 'reconnecting'));
    l.socket.on('connect_error', () => (state.value = 'reconnecting'));
    if (l.socket.connected) state.value = 'live';
    return l;
  });
  onBeforeUnmount(() => {
    closed = true;
    link.value?.close();
  });
  return { ready, state, link };
}

/**
 * A signed-in socket lives only as long as its access token: the server ends it with
 * `session.ended` at expiry, logout or revocation. So before expiry the link gets a
 * fresh token (POST /auth/refresh) and hands it to the open socket (`auth.refresh`);
 * after an expiry or an expired-token refusal it refreshes and reconnects; when the
 * session was ended on purpose (logout elsewhere, revoked, suspended) it signs this
 * device out, and the app goes back to its sign-in page.
 */
function keepSignedIn(socket: Socket, role: Role): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    const left = tokenLifeLeft(sessions[role]?.accessToken, Date.now());
    if (left === undefined) return;
    timer = setTimeout(() => void reauthenticate(), reauthDelay(left));
  };
  const reauthenticate = async () => {
    if (!(await refreshSession(role))) return; // signed out: session.ended follows
    const token = sessions[role]?.accessToken;
    if (socket.connected && token) {
      const ack = (await socket
        .timeout(10_000)
        .emitWithAck('auth.refresh', { token })
        .catch(() => null)) as { ok?: boolean } | null;
      if (!ack?.ok) socket.disconnect().connect(); // a fresh handshake with the new token
    }
    schedule();
  };
  const renewAndReconnect = async () => {
    if (await refreshSession(role)) socket.connect();
  };
  socket.on('connect', schedule);
  socket.on('disconnect', () => clearTimeout(timer));
  socket.on('session.ended', ({ reason }: { reason: string }) => {
    clearTimeout(timer);
    if (reason === 'expired') void renewAndReconnect();
    else saveSession(role, null);
  });
  // A refused handshake is final in socket.io: act on why it was refused.
  socket.on('connect_error', (error: Error & { data?: { code?: string } }) => {
    const code = error.data?.code;
    if (code === 'TOKEN_EXPIRED') void renewAndReconnect();
    else if (code === 'SESSION_ENDED' || code === 'ACCOUNT_SUSPENDED') saveSession(role, null);
  });
}
