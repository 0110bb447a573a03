import { reactive, ref } from 'vue';
import { get } from '../shared/api';
import type { RealtimeLink } from '../shared/realtime';
import type { Assignment, AssignmentStatus, Page, Shift } from './types';

interface AssignmentUpdated {
  assignmentId: string;
  shiftId: string;
  status: AssignmentStatus;
}

/** Enough for a worker's recent months; older ones come with "load more". */
const PAGE_SIZE = 100;

/**
 * My assignments, newest first, and the shifts they are for (an assignment
 * carries only the shift's id; shifts are public and cached here).
 */
export function createAssignmentStore() {
  const items = ref<Assignment[]>([]);
  const loaded = ref(false);
  const nextCursor = ref<string | null>(null);
  const shifts = reactive(new Map<string, Shift>());
  const pendingShifts = new Map<string, Promise<Shift>>();

  async function load(): Promise<void> {
    const page = await get<Page<Assignment>>('/workers/me/assignments', {
      as: 'worker',
      query: { limit: PAGE_SIZE },
    });
    items.value = page.items;
    nextCursor.value = page.nextCursor;
    loaded.value = true;
  }

  /** Re-reads the newest page and keeps older pages already loaded (the income tab may have them). */
  async function refresh(): Promise<void> {
    if (!loaded.value) return load();
    const page = await get<Page<Assignment>>('/workers/me/assignments', {
      as: 'worker',
      query: { limit: PAGE_SIZE },
    });
    const fresh = new Set(page.items.map((a) => a.id));
    items.value = [...page.items, ...items.value.filter((a) => !fresh.has(a.id))];
  }

  async function loadMore(): Promise<void> {
    if (!nextCursor.value) return;
    const page = await get<Page<Assignment>>('/workers/me/assignments', {
      as: 'worker',
      query: { limit: PAGE_SIZE, cursor: nextCursor.value },
    });
    const known = new Set(items.value.map((a) => a.id));
    items.value = [...items.value, ...page.items.filter((a) => !known.has(a.id))];
    nextCursor.value = page.nextCursor;
  }

  /** A fresh copy from the server (accept, check-in…) replaces the one we had. */
  function upsert(a: Assignment): void {
    const i = items.value.findIndex((x) => x.id === a.id);
    if (i === -1) items.value = [a, ...items.value];
    else items.value = items.value.map((x) => (x.id === a.id ? { ...x, ...a } : x));
  }

  function shift(id: string): Promise<Shift> {
    const cached = shifts.get(id);
    if (cached) return Promise.resolve(cached);
    let pending = pendingShifts.get(id);
    if (!pending) {
      pending = get<Shift>(`/shifts/${id}`, { as: 'worker' })
        .then((s) => {
          shifts.set(id, s);
          return s;
        })
        .finally(() => pendingShifts.delete(id));
      pendingShifts.set(id, pending);
    }
    return pending;
  }

  function bind(link: RealtimeLink): void {
    link.on<AssignmentUpdated>('assignment.updated', (d) => {
      const known = items.value.find((a) => a.id === d.assignmentId);
      if (known) known.status = d.status;
      // Check-in and completion bring times, hours and pay; a new booking (grab, operator) is not
      // here yet: re-read the list for those.
      if (!known || d.status === 'checked_in' || d.status === 'completed')
        void refresh().catch(() => undefined);
      // The shift may have changed too (times, address): drop the cached copy.
      shifts.delete(d.shiftId);
    });
    link.on<{ items: Assignment[] }>('assignments.snapshot', (d) => {
      for (const a of d.items) upsert(a);
    });
  }

  return { items, loaded, nextCursor, shifts, load, refresh, loadMore, upsert, shift, bind };
}

export type AssignmentStore = ReturnType<typeof createAssignmentStore>;
