import { inject, type InjectionKey, provide, ref, type Ref } from 'vue';
import { ApiError, get } from '../shared/api';
import type { LinkState, RealtimeLink } from '../shared/realtime';
import { createAssignmentStore } from './assignments';
import { createOfferStore } from './offers';
import { createPresence } from './presence';
import type { WorkerProfile } from './types';

/**
 * What every worker screen shares while the app is open: one socket, the
 * presence heartbeat, my offers, my assignments and my profile. The shell
 * creates it, so switching tabs keeps the worker online and the lists live.
 */
export interface WorkerContext {
  link: Promise<RealtimeLink>;
  linkState: Ref<LinkState>;
  presence: ReturnType<typeof createPresence>;
  offers: ReturnType<typeof createOfferStore>;
  assignments: ReturnType<typeof createAssignmentStore>;
  /** undefined while loading, null when the worker has not written a profile yet. */
  profile: Ref<WorkerProfile | null | undefined>;
  loadProfile(): Promise<void>;
}

const KEY: InjectionKey<WorkerContext> = Symbol('worker');

export function provideWorker(
  link: Promise<RealtimeLink>,
  linkState: Ref<LinkState>,
): WorkerContext {
  const profile = ref<WorkerProfile | null | undefined>(undefined);
  const context: WorkerContext = {
    link,
    linkState,
    presence: createPresence(link),
    offers: createOfferStore(),
    assignments: createAssignmentStore(),
    profile,
    async loadProfile() {
      try {
        profile.value = await get<WorkerProfile>('/workers/me', { as: 'worker' });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) profile.value = null;
        else throw error;
      }
    },
  };
  provide(KEY, context);
  return context;
}

export function useWorker(): WorkerContext {
  const context = inject(KEY);
  if (!context) throw new Error('useWorker() outside the worker shell');
  return context;
}
