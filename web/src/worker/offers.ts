import { ref } from 'vue';
import { get } from '../shared/api';
import type { RealtimeLink } from '../shared/realtime';
import type { Offer, OfferCloseReason, OfferShift, Page, PendingOffer } from './types';

interface OfferCreated {
  offerId: string;
  shift: OfferShift;
  expiresAt: string;
}
interface OfferClosed {
  offerId: string;
  shiftId: string;
  reason: OfferCloseReason;
}

/**
 * My pending offers: loaded once, then kept live by the socket. An event may
 * arrive twice (replayed and live), so every change is keyed by the offer's id.
 */
export function createOfferStore() {
  const items = ref<PendingOffer[]>([]);
  const loaded = ref(false);
  /** When each offer reached this phone, for the countdown bar's full length. */
  const seenAt = new Map<string, number>();

  function put(list: PendingOffer[]): void {
    for (const o of list) if (!seenAt.has(o.id)) seenAt.set(o.id, Date.now());
    items.value = [...list].sort((a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt));
  }

  function add(offer: PendingOffer): void {
    put([...items.value.filter((o) => o.id !== offer.id), offer]);
  }

  function remove(id: string): void {
    items.value = items.value.filter((o) => o.id !== id);
  }

  async function load(): Promise<void> {
    const page = await get<Page<Offer>>('/workers/me/offers', {
      as: 'worker',
      query: { limit: 50 },
    });
    put(page.items);
    loaded.value = true;
  }

  /** Live updates; `onClosed` hears why an offer went away (expired, filled, revoked…). */
  function bind(
    link: RealtimeLink,
    onClosed: (reason: OfferCloseReason, offer?: PendingOffer) => void,
  ) {
    link.on<OfferCreated>('offer.created', (d) =>
      add({ id: d.offerId, shiftId: d.shift.id, shift: d.shift, expiresAt: d.expiresAt }),
    );
    link.on<OfferClosed>('offer.closed', (d) => {
      const offer = items.value.find((o) => o.id === d.offerId);
      remove(d.offerId);
      if (offer) onClosed(d.reason, offer);
    });
    // After a long disconnection the gateway sends the whole list instead of the events missed.
    link.on<{ items: Offer[] }>('offers.snapshot', (d) => {
      put(d.items);
      loaded.value = true;
    });
  }

  return { items, loaded, seenAt, load, add, remove, bind };
}

export type OfferStore = ReturnType<typeof createOfferStore>;
