import { onBeforeUnmount, ref, shallowRef, watch } from 'vue';
import { ApiError, get } from '../shared/api';
import { useRealtime } from '../shared/realtime';
import { nextSwitchAt, refetchDelay } from './board-fair';
import { applyDelta } from './board-state';
import type { BoardDelta, BoardSnapshot } from './types';

/** Retry a failed snapshot this often: a hall screen has nobody to press reload. */
const RETRY_MS = 10_000;
/** Refetch the whole board this often even when live: counters roll over at midnight, shifts end. */
const REFRESH_MS = 5 * 60_000;
/** When the socket cannot even be set up (API down at boot), start the page over after this. */
const RESTART_MS = 15_000;

/**
 * The live board of one market: the snapshot over HTTP, then the socket's
 * `board.snapshot` (sent on every join) and `board.delta` events. After any
 * reconnect the snapshot is fetched again, so a screen that was cut off for an
 * hour does not keep showing that hour-old market.
 */
export function useBoardFeed(marketId: string) {
  const board = shallowRef<BoardSnapshot | null>(null);
  const notFound = ref(false);
  const loadError = ref('');
  /** Date.now() of the last fresh data, shown while the link is down. */
  const updatedAt = ref(0);
  const { ready, state } = useRealtime({ board: marketId });
  let retry: ReturnType<typeof setTimeout> | undefined;
  let restart: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  function fresh(next: BoardSnapshot): void {
    board.value = next;
    updatedAt.value = Date.now();
    loadError.value = '';
  }

  async function reload(): Promise<void> {
    clearTimeout(retry);
    try {
      fresh(await get<BoardSnapshot>(`/markets/${encodeURIComponent(marketId)}/board`));
      notFound.value = false;
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
        notFound.value = true;
        return;
      }
      loadError.value = error instanceof Error ? error.message : String(error);
      if (!stopped) retry = setTimeout(() => void reload(), RETRY_MS);
    }
  }

  void reload();
  const refresh = setInterval(() => void reload(), REFRESH_MS);

  // A job fair starts or ends: fetch the board again at that moment, so the screen
  // switches between its normal and its fair view by itself (no reload, no event needed).
  let fairSwitch: ReturnType<typeof setTimeout> | undefined;
  watch(board, (next) => {
    clearTimeout(fairSwitch);
    const at = next ? nextSwitchAt(next) : null;
    if (at === null || stopped) return;
    // setTimeout holds at most ~24.8 days; the 5-minute refresh re-arms a far-off switch anyway.
    fairSwitch = setTimeout(
      () => void reload(),
      Math.min(refetchDelay(at, Date.now()), 2 ** 31 - 1),
    );
  });

  ready
    .then((link) => {
      link.on<BoardSnapshot>('board.snapshot', fresh);
      link.on<BoardDelta>('board.delta', (delta) => {
        if (!board.value) return;
        board.value = applyDelta(board.value, delta);
        updatedAt.value = Date.now();
      });
      let connectedBefore = link.socket.connected;
      link.socket.on('connect', () => {
        // Events sent while we were away may be gone: take the whole board again.
        if (connectedBefore) void reload();
        connectedBefore = true;
      });
    })
    .catch(() => {
      if (!stopped) restart = setTimeout(() => location.reload(), RESTART_MS);
    });

  onBeforeUnmount(() => {
    stopped = true;
    clearTimeout(retry);
    clearTimeout(restart);
    clearInterval(refresh);
    clearTimeout(fairSwitch);
  });

  return { board, state, notFound, loadError, updatedAt, reload };
}
