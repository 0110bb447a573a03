import type { Change, Figures } from './figures';
import { MIN_WORKERS } from './stat-table';

/**
 * The statistics as CSV for Excel: UTF-8 with a byte-order mark (without it Excel
 * reads Chinese as mojibake), CRLF line ends, one header row in zh and en, the
 * cells, then a totals row. Suppressed entries show "<5" for workers and nothing
 * else, exactly as the API and the charts do.
 */
export interface CsvLine {
  period: string;
  district: string;
  trade: string;
  figures: Figures;
  change: Change | null;
}

const HEADER = [
  '期间 Period',
  '区(市县) District',
  '工种 Trade',
  '人数 Workers',
  '记录数 Records',
  '工时(小时) Hours',
  '收入(元) Income (CNY)',
  '人数变化 Workers change',
  '工时变化 Hours change',
  '收入变化(元) Income change (CNY)',
  '收入变化率(%) Income change (%)',
  '已抑制 Suppressed',
];

export const TOTAL_LABEL = '合计 Total';

/** 123456 → "1234.56", exactly (no floating point on money). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Quotes where CSV needs it; a text starting like a formula is defused for spreadsheets. */
function text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

function line(l: CsvLine): string {
  const f = l.figures;
  const c = l.change;
  return [
    text(l.period),
    text(l.district),
    text(l.trade),
    f.suppressed ? `<${MIN_WORKERS}` : num(f.workers),
    num(f.records),
    num(f.hours),
    f.incomeFen === null ? '' : yuan(f.incomeFen),
    num(c?.workers.abs),
    num(c?.hours.abs),
    c ? yuan(c.incomeFen.abs) : '',
    num(c?.incomeFen.pct),
    f.suppressed ? '是 yes' : '否 no',
  ].join(',');
}

export function statisticsCsv(lines: CsvLine[], total: CsvLine): string {
  return '\uFEFF' + [HEADER.join(','), ...lines.map(line), line(total)].join('\r\n') + '\r\n';
}
