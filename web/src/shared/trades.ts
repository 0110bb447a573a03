import { ref } from 'vue';
import { get } from './api';
import { lang } from './i18n';

export interface Trade {
  code: string;
  nameZh: string;
  nameEn: string;
  category: string;
}

/** The trade catalogue, loaded once per page load. */
export const trades = ref<Trade[]>([]);
let loading: Promise<Trade[]> | undefined;

export function loadTrades(): Promise<Trade[]> {
  loading ??= get<Trade[] | { items: Trade[] }>('/trades').then((r) => {
    trades.value = Array.isArray(r) ? r : r.items;
    return trades.value;
  });
  return loading;
}

export function tradeName(code: string): string {
  const trade = trades.value.find((x) => x.code === code);
  if (!trade) return code;
  return lang.value === 'zh' ? trade.nameZh : trade.nameEn;
}
