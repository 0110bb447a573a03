import { ref } from 'vue';
import { ApiError, get } from '../shared/api';
import { sessions } from '../shared/session';
import type { EmployerProfile } from './types';

/**
 * The signed-in employer's profile, fetched once per session. `missing` means the
 * API answered 404: nothing can be posted until the profile is written.
 */
export const profile = ref<EmployerProfile | null>(null);
export const profileMissing = ref(false);
let loadedFor: string | undefined;

export async function loadProfile(force = false): Promise<EmployerProfile | null> {
  const userId = sessions.employer?.user.id;
  if (!force && loadedFor === userId && (profile.value || profileMissing.value))
    return profile.value;
  try {
    profile.value = await get<EmployerProfile>('/employers/me', { as: 'employer' });
    profileMissing.value = false;
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
    profile.value = null;
    profileMissing.value = true;
  }
  loadedFor = userId;
  return profile.value;
}

export function rememberProfile(p: EmployerProfile): void {
  profile.value = p;
  profileMissing.value = false;
  loadedFor = sessions.employer?.user.id;
}
