import { ref, shallowRef } from 'vue';
import { ApiError, get, post } from './api';
import type { Agreement } from './agreement-types';
import type { Role } from './session';

/**
 * The agreement of one assignment for one side (worker app or employer console):
 * load it, accept it. Errors become the server's message (zh or en as requested).
 */
export function useAgreement(assignmentId: string, as: Extract<Role, 'worker' | 'employer'>) {
  const agreement = shallowRef<Agreement | null>(null);
  const loadError = ref('');
  const notReady = ref(false);
  const busy = ref(false);
  const acceptError = ref('');
  const path = `/assignments/${encodeURIComponent(assignmentId)}/agreement`;

  async function load(): Promise<void> {
    try {
      agreement.value = await get<Agreement>(path, { as });
    } catch (error) {
      notReady.value = error instanceof ApiError && error.code === 'AGREEMENT_NOT_READY';
      loadError.value = error instanceof Error ? error.message : String(error);
    }
  }

  async function accept(): Promise<void> {
    busy.value = true;
    acceptError.value = '';
    try {
      agreement.value = await post<Agreement>(`${path}/accept`, {}, { as });
    } catch (error) {
      acceptError.value = error instanceof Error ? error.message : String(error);
    } finally {
      busy.value = false;
    }
  }

  void load();
  return { agreement, loadError, notReady, busy, acceptError, accept };
}
