import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException, Clock } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { DALIAN_DISTRICTS, shanghaiDate } from '@app/listings';
import { type CsvLine, statisticsCsv, TOTAL_LABEL } from './domain/csv';
import { changeOf, figuresOf, sameEntry } from './domain/figures';
import {
  parsePeriod,
  type Period,
  periodOf,
  periodsEnding,
  previousPeriod,
} from './domain/periods';
import { sliceOf, type SliceFilter } from './domain/slice';
import {
  buildTable,
  MIN_WORKERS,
  type StatEntry,
  type StatTable,
  type WorkerCellRow,
} from './domain/stat-table';
import type { StatisticsQueryDto, StatisticsTrendQueryDto } from './statistics.dto';
import type { StatisticsEntryView, StatisticsTrendView, StatisticsView } from './statistics.view';

interface TradeName {
  zh: string;
  en: string;
  order: number;
}

/**
 * Confirmed work per period, district, trade and worker: the grain the suppression
 * rule needs (distinct workers in every cell and total). Computed on the fly from
 * work_record_confirmations through its (work_date, district, trade_code) index;
 * see docs/statistics.md for why there is no rollup table.
 */
const GRAIN_SQL = `
  SELECT CASE WHEN $3 = 'week' THEN to_char(work_date, 'IYYY-"W"IW') ELSE to_char(work_date, 'YYYY-MM') END
           AS period,
         district, trade_code, worker_id::text AS worker_id, count(*)::int AS records,
         sum(minutes_worked)::int AS minutes, sum(pay_fen)::bigint AS pay_fen
    FROM work_record_confirmations
   WHERE work_date >= $1::date AND work_date < $2::date
   GROUP BY 1, 2, 3, 4`;

interface GrainRow {
  period: string;
  district: string;
  trade_code: string;
  worker_id: string;
  records: number;
  minutes: number;
  pay_fen: string;
}

const lastDay = (p: Period) =>
  new Date(Date.parse(`${p.to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Statistics monitoring of new forms of employment (clause 三), for the city admin.
 * Every answer is cut from one whole district × trade table per period, suppressed
 * as a whole (domain/stat-table.ts): filters select from it, never re-aggregate.
 */
@Injectable()
export class StatisticsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async overview(q: StatisticsQueryDto): Promise<StatisticsView> {
    const period = this.period(q);
    const names = await this.tradeNames(q.trade);
    const before = previousPeriod(period);
    const tables = await this.tables([before, period]);
    const filter = this.filter(q);
    const current = sliceOf(tables.get(period.key)!, filter);
    const previous = tables.get(before.key)!;
    const view = (e: StatEntry) => this.entryView(e, previous, names);
    return {
      periodKind: period.kind,
      period: period.key,
      from: period.from,
      until: lastDay(period),
      previousPeriod: before.key,
      minWorkers: MIN_WORKERS,
      items: this.ordered(current.cells, names).map(view),
      byDistrict: this.ordered(current.byDistrict, names).map(view),
      byTrade: this.ordered(current.byTrade, names).map(view),
      total: view(current.total),
    };
  }

  async trend(q: StatisticsTrendQueryDto): Promise<StatisticsTrendView> {
    const periods = periodsEnding(this.period(q), q.count + 1);
    const names = await this.tradeNames(q.trade);
    const tables = await this.tables(periods);
    const filter = this.filter(q);
    const items = periods.slice(1).map((p, i) => {
      const total = sliceOf(tables.get(p.key)!, filter).total;
      return {
        period: p.key,
        from: p.from,
        until: lastDay(p),
        ...this.entryView(total, tables.get(periods[i]!.key)!, names),
      };
    });
    return { periodKind: periods[0]!.kind, minWorkers: MIN_WORKERS, items };
  }

  /** The overview as CSV for Excel; the file name names the period. */
  async csv(q: StatisticsQueryDto): Promise<{ fileName: string; body: string }> {
    const v = await this.overview(q);
    const line = (e: StatisticsEntryView, district: string, trade: string): CsvLine => ({
      period: v.period,
      district,
      trade,
      figures: {
        workers: e.workers,
        records: e.records,
        hours: e.hours,
        incomeFen: e.incomeFen,
        suppressed: e.suppressed,
      },
      change: e.change,
    });
    const body = statisticsCsv(
      v.items.map((e) => line(e, e.district!, e.tradeNameZh ?? e.tradeCode!)),
      line(v.total, TOTAL_LABEL, q.trade ? (v.total.tradeNameZh ?? q.trade) : (q.district ?? '')),
    );
    return { fileName: `statistics-${v.period}.csv`, body };
  }

  private period(q: StatisticsQueryDto): Period {
    const key = q.period ?? periodOf(q.periodKind, shanghaiDate(this.clock.now())).key;
    const period = parsePeriod(q.periodKind, key);
    if (!period) {
      throw AppException.forField(ErrorCode.VALIDATION_FAILED, 'period', {
        zh: q.periodKind === 'week' ? '周次格式应为 2030-W11，且须存在' : '月份格式应为 2030-03',
        en:
          q.periodKind === 'week'
            ? 'a week looks like 2030-W11 and must exist'
            : 'a month looks like 2030-03',
      });
    }
    return period;
  }

  private filter(q: StatisticsQueryDto): SliceFilter {
    return { district: q.district, tradeCode: q.trade };
  }

  /** One suppressed table per period, from one query over the whole range. */
  private async tables(periods: Period[]): Promise<Map<string, StatTable>> {
    const rows = await this.db.query<GrainRow[]>(GRAIN_SQL, [
      periods[0]!.from,
      periods[periods.length - 1]!.to,
      periods[0]!.kind,
    ]);
    const grouped = new Map<string, WorkerCellRow[]>(periods.map((p) => [p.key, []]));
    for (const r of rows) {
      grouped.get(r.period)?.push({
        district: r.district,
        tradeCode: r.trade_code,
        workerId: r.worker_id,
        records: r.records,
        minutes: r.minutes,
        payFen: Number(r.pay_fen),
      });
    }
    return new Map([...grouped].map(([key, list]) => [key, buildTable(list)]));
  }

  private async tradeNames(trade?: string): Promise<Map<string, TradeName>> {
    const rows = await this.db.query<{ code: string; name_zh: string; name_en: string }[]>(
      `SELECT code, name_zh, name_en FROM trades ORDER BY sort_order, code`,
    );
    const names = new Map(rows.map((r, i) => [r.code, { zh: r.name_zh, en: r.name_en, order: i }]));
    if (trade !== undefined && !names.has(trade)) {
      throw AppException.forField(ErrorCode.UNKNOWN_TRADE, 'trade', {
        zh: '工种不存在',
        en: `no trade ${trade} in the catalogue`,
      });
    }
    return names;
  }

  /** Districts in the city's order, then trades in the catalogue's. */
  private ordered(list: StatEntry[], names: Map<string, TradeName>): StatEntry[] {
    const d = (e: StatEntry) =>
      e.district === null ? -1 : DALIAN_DISTRICTS.indexOf(e.district as never);
    const t = (e: StatEntry) =>
      e.tradeCode === null ? -1 : (names.get(e.tradeCode)?.order ?? 1e6);
    return [...list].sort((a, b) => d(a) - d(b) || t(a) - t(b));
  }

  private entryView(
    e: StatEntry,
    previous: StatTable,
    names: Map<string, TradeName>,
  ): StatisticsEntryView {
    const figures = figuresOf(e);
    const before = sameEntry(previous, e);
    const name = e.tradeCode ? names.get(e.tradeCode) : undefined;
    return {
      district: e.district,
      tradeCode: e.tradeCode,
      ...(name ? { tradeNameZh: name.zh, tradeNameEn: name.en } : {}),
      workers: figures.workers,
      records: figures.records,
      hours: figures.hours,
      incomeFen: figures.incomeFen,
      suppressed: figures.suppressed,
      change: changeOf(figures, before ? figuresOf(before) : undefined),
    };
  }
}
