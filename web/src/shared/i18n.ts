import { computed, ref } from 'vue';
import { Locale } from 'vant';
import enUS from 'vant/es/locale/lang/en-US';
import zhCN from 'vant/es/locale/lang/zh-CN';

/**
 * zh-CN first, English second. Each screen keeps its own texts next to it as
 * `{ zh, en }` pairs and reads them with t(); the choice is remembered per device.
 */
export type Lang = 'zh' | 'en';
export interface Text {
  zh: string;
  en: string;
}

const STORAGE_KEY = 'lg.lang';
const initial: Lang = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
export const lang = ref<Lang>(initial);
applyLang(initial);

export function setLang(next: Lang): void {
  lang.value = next;
  localStorage.setItem(STORAGE_KEY, next);
  applyLang(next);
}

function applyLang(next: Lang): void {
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  if (next === 'zh') Locale.use('zh-CN', zhCN);
  else Locale.use('en-US', enUS);
}

/** The text in the current language; `{name}` placeholders are filled from `vars`. */
export function t(text: Text, vars: Record<string, string | number> = {}): string {
  return text[lang.value].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** For templates that want a reactive value. */
export const tr = (text: Text) => computed(() => t(text));

/** The header value the API reads to answer errors in the user's language. */
export const acceptLanguage = () => (lang.value === 'zh' ? 'zh-CN' : 'en');
