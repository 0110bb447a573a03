import { onBeforeUnmount, ref } from 'vue';

/**
 * One ticking clock per component that needs it (countdowns). It ticks a few
 * times a second so a countdown never skips a second on a slow phone.
 */
export function useNow(periodMs = 250) {
  const now = ref(Date.now());
  const timer = setInterval(() => (now.value = Date.now()), periodMs);
  onBeforeUnmount(() => clearInterval(timer));
  return now;
}
