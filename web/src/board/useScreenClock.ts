import { onBeforeUnmount, ref, type Ref } from 'vue';

/** Reload a screen that has been up this long, at night, to pick up a new release. */
const RESTART_AFTER_MS = 20 * 3_600_000;

/**
 * The board's clock, ticking every second. A screen left on for days reloads
 * itself at 04:00 (Asia/Shanghai) once it has been up 20 hours, but only while
 * its link is live: a reload while offline would leave a blank screen.
 */
export function useScreenClock(linkState: Ref<string>): Ref<Date> {
  const now = ref(new Date());
  const bootedAt = Date.now();
  const tick = setInterval(() => {
    now.value = new Date();
    const hour = Number(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Shanghai',
        hour: '2-digit',
        hour12: false,
      }).format(now.value),
    );
    if (hour === 4 && Date.now() - bootedAt > RESTART_AFTER_MS && linkState.value === 'live')
      location.reload();
  }, 1_000);
  onBeforeUnmount(() => clearInterval(tick));
  return now;
}
