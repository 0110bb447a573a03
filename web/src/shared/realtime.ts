import { onBeforeUnmount, ref, type Ref } from 'vue';
import { io, type Socket } from 'socket.io-client';
import { realtimeUrl } from './client-config';
import { type Role, sessions } from './session';

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
