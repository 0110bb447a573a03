import { ref } from 'vue';
import { showToast } from 'vant';

/**
 * A short message on screen (Vant toast) that screen readers hear too: Vant's
 * toast has no live region, so the shell mirrors it into one.
 */
export const announcement = ref('');

export function notify(text: string, kind: 'text' | 'success' | 'fail' = 'text'): void {
  announcement.value = text;
  showToast({ message: text, type: kind, duration: 3000, wordBreak: 'break-word' });
}
