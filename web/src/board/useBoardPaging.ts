import { computed, nextTick, onBeforeUnmount, ref, watch, type Ref } from 'vue';
import { pageCount } from './board-state';

const PAGE_MS = 10_000;
/** A card's height in the board's em (the board's em is 1/54 of the screen height). */
const ROW_EM = 7.4;
const GAP_EM = 0.5;

/**
 * Paging of the board's list: as many rows as the list element's height holds
 * (measured again whenever it resizes), a new page every ten seconds, and the
 * QR code size that fits a row. Bind `list` to the list element with `ref`.
 */
export function useBoardPaging(count: Ref<number>) {
  const list = ref<HTMLElement | null>(null);
  const perPage = ref(5);
  const qrSize = ref(128);
  const page = ref(0);
  const pages = computed(() => pageCount(count.value, perPage.value));
  const onPage = (i: number) => Math.floor(i / perPage.value) === page.value;
  watch(pages, (n) => {
    if (page.value >= n) page.value = 0;
  });

  function measure(): void {
    const el = list.value;
    if (!el) return;
    const em = parseFloat(getComputedStyle(el).fontSize) || 20;
    const row = ROW_EM * em;
    const gap = GAP_EM * em;
    perPage.value = Math.max(1, Math.floor((el.clientHeight + gap) / (row + gap)));
    qrSize.value = Math.round(row - 0.8 * em);
  }
  const observer = new ResizeObserver(measure);
  watch(list, (el, old) => {
    if (old) observer.unobserve(old);
    if (el) {
      observer.observe(el);
      void nextTick(measure);
    }
  });
  const rotate = setInterval(() => (page.value = (page.value + 1) % pages.value), PAGE_MS);
  onBeforeUnmount(() => {
    clearInterval(rotate);
    observer.disconnect();
  });

  return { list, perPage, qrSize, page, pages, onPage };
}
