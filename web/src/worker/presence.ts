import { ref } from 'vue';
import { ApiError, post } from '../shared/api';
import { clientConfig } from '../shared/client-config';
import type { RealtimeLink } from '../shared/realtime';
import { currentPosition, GeoError, type GeoProblem, locationGranted, watchPosition } from './geo';
import type { LatLng } from './types';

/** Remembered for this tab so a reload (or a visit to another page) comes back online. */
const WANT_ONLINE = 'lg.worker.online';

export type PresencePhase = 'offline' | 'locating' | 'online' | 'stopping';

/**
 * Going online for 即时快招: POST /workers/me/presence once with a fresh fix,
 * then a `presence` heartbeat over the socket every heartbeatSeconds with the
 * newest position watchPosition gave. The server drops a worker whose
 * heartbeats stop, so a closed page goes offline by itself.
 */
export function createPresence(link: Promise<RealtimeLink>) {
  const phase = ref<PresencePhase>('offline');
  const problem = ref<GeoProblem | null>(null);
  const error = ref<ApiError | null>(null);
  const position = ref<LatLng | null>(null);
  let stopWatch: (() => void) | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let onReconnect: (() => void) | undefined;

  async function goOnline(): Promise<void> {
    if (phase.value === 'online' || phase.value === 'locating') return;
    phase.value = 'locating';
    problem.value = null;
    error.value = null;
    try {
      position.value = await currentPosition();
      await post(
        '/workers/me/presence',
        { online: true, location: position.value },
        { as: 'worker' },
      );
      phase.value = 'online';
      sessionStorage.setItem(WANT_ONLINE, '1');
      await keepAlive();
    } catch (e) {
      stopTimers();
      phase.value = 'offline';
      if (e instanceof GeoError) problem.value = e.problem;
      else if (e instanceof ApiError) error.value = e;
      else error.value = new ApiError(0, 'UNKNOWN', String(e));
    }
  }

  async function goOffline(): Promise<void> {
    stopTimers();
    sessionStorage.removeItem(WANT_ONLINE);
    phase.value = 'stopping';
    error.value = null;
    try {
      await post('/workers/me/presence', { online: false }, { as: 'worker' });
    } catch (e) {
      // Offline anyway: without heartbeats the server drops us within its TTL.
      if (e instanceof ApiError) error.value = e;
    } finally {
      phase.value = 'offline';
    }
  }

  async function keepAlive(): Promise<void> {
    stopWatch = watchPosition(
      (at) => (position.value = at),
      // A lost fix keeps the last known position; a revoked permission ends being online.
      (p) => {
        if (p === 'denied' || p === 'insecure') {
          problem.value = p;
          void goOffline();
        }
      },
    );
    const { heartbeatSeconds } = await clientConfig();
    timer = setInterval(() => void beat(), heartbeatSeconds * 1000);
    const l = await link;
    onReconnect = () => void beat();
    l.socket.on('connect', onReconnect);
    document.addEventListener('visibilitychange', onVisible);
  }

  /** Phones freeze timers in the background: back in front, say we are still here at once. */
  function onVisible(): void {
    if (document.visibilityState === 'visible') void beat();
  }

  /** Over the socket when it is up; over HTTP when it is not, so a flaky socket never drops us. */
  async function beat(): Promise<void> {
    if (phase.value !== 'online' || !position.value) return;
    const l = await link;
    const at = position.value;
    if (l.socket.connected) {
      l.socket.emit('presence', at);
      return;
    }
    try {
      await post('/workers/me/presence', { online: true, location: at }, { as: 'worker' });
    } catch {
      // The next beat tries again.
    }
  }

  function stopTimers(): void {
    stopWatch?.();
    stopWatch = undefined;
    document.removeEventListener('visibilitychange', onVisible);
    clearInterval(timer);
    timer = undefined;
    const handler = onReconnect;
    if (handler) void link.then((l) => l.socket.off('connect', handler));
    onReconnect = undefined;
  }

  /** Back online after a reload, only if the worker was online and location needs no prompt. */
  async function resume(): Promise<void> {
    if (sessionStorage.getItem(WANT_ONLINE) === '1' && (await locationGranted())) await goOnline();
  }

  /** The page goes away: stop the timers but keep the wish, the server's TTL does the rest. */
  function dispose(): void {
    stopTimers();
  }

  return { phase, problem, error, position, goOnline, goOffline, resume, dispose };
}

export type Presence = ReturnType<typeof createPresence>;
