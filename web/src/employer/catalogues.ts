import { get } from '../shared/api';
import { type District, loadDistricts } from '../shared/client-config';
import { loadTrades, type Trade } from '../shared/trades';
import type { Market, Page } from './types';

export { type District, loadDistricts };

export interface TradeGroup {
  category: string;
  label: { zh: string; en: string };
  trades: Trade[];
}

/** The trade catalogue grouped by category, for an <optgroup> per category. */
export async function loadTradeGroups(): Promise<TradeGroup[]> {
  const all = (await loadTrades()) as (Trade & { categoryZh?: string; categoryEn?: string })[];
  const groups = new Map<string, TradeGroup>();
  for (const trade of all) {
    let group = groups.get(trade.category);
    if (!group) {
      const label = {
        zh: trade.categoryZh ?? trade.category,
        en: trade.categoryEn ?? trade.category,
      };
      group = { category: trade.category, label, trades: [] };
      groups.set(trade.category, group);
    }
    group.trades.push(trade);
  }
  return [...groups.values()];
}

/** Every listed market (the directory is small: a few per district), following the pages. */
export async function loadMarkets(): Promise<Market[]> {
  const markets: Market[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 20; i++) {
    const page: Page<Market> = await get<Page<Market>>('/markets', {
      query: { limit: 100, cursor },
    });
    markets.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return markets;
}

/** Certificates employers ask for most; other codes from GET /certificates can be typed. */
export const COMMON_CERTIFICATES = [
  { code: 'health_cert', zh: '健康证', en: 'Health certificate' },
  { code: 'electrician_license', zh: '电工证', en: 'Electrician licence' },
  { code: 'forklift_license', zh: '叉车证', en: 'Forklift licence' },
] as const;
