import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, AppException, Clock } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { AuditService } from '@app/credit';
import { shanghaiDate } from '@app/listings';
import {
  addCalendarDays,
  calendarWindowFor,
  type CalendarDayKind,
  type CalendarYearStatus,
  dueDateOn,
  type DueDate,
  statutoryHolidays,
} from '../calendar';
import { calendarWarning } from './calendar-warning';
import type {
  CalendarDayView,
  CalendarStatusView,
  CalendarYearSummaryView,
  CalendarYearView,
} from './registration.view';

interface YearRow {
  year: number;
  id: string;
  status: CalendarYearStatus;
  source: string;
  confirmed_at: Date | null;
}

/**
 * The working-day calendar as the city keeps it: which years are loaded and trusted
 * (working_calendar_years) and their holidays and make-up days (working_calendar_days),
 * fed to the pure dueDateOn. Every admin change is in the audit trail.
 */
@Injectable()
export class WorkingCalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** When the answer to something submitted on `date` is due (REGISTRATION_DUE_WORKING_DAYS). */
  async dueDate(date: string, db: DataSource | EntityManager = this.db): Promise<DueDate> {
    const n = this.config.REGISTRATION_DUE_WORKING_DAYS;
    const until = addCalendarDays(date, calendarWindowFor(n));
    const [days, years] = await Promise.all([
      db.query<{ day: string; kind: CalendarDayKind }[]>(
        `SELECT day::text AS day, kind FROM working_calendar_days WHERE day > $1 AND day <= $2`,
        [date, until],
      ),
      db.query<{ year: number; status: CalendarYearStatus }[]>(
        `SELECT year, status FROM working_calendar_years WHERE year BETWEEN $1 AND $2`,
        [Number(date.slice(0, 4)), Number(until.slice(0, 4))],
      ),
    ]);
    return dueDateOn(
      date,
      n,
      new Map(days.map((r) => [r.day, r.kind])),
      new Map(years.map((r) => [r.year, r.status])),
    );
  }

  /** The loaded years, and whether admins must be warned about next year (from 1 December). */
  async status(): Promise<CalendarStatusView> {
    const rows = await this.years();
    const today = shanghaiDate(this.clock.now());
    const loaded = new Map(rows.map((r) => [r.year, r.status]));
    const undated = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM flexible_registrations WHERE due_on IS NULL AND status = 'pending'`,
    );
    return {
      today,
      ...calendarWarning(today, loaded),
      undatedRegistrations: undated[0]!.n,
      years: rows.map(toSummary),
    };
  }

  async year(year: string): Promise<CalendarYearView> {
    const [row] = await this.db.query<YearRow[]>(
      `SELECT year, id, status, source, confirmed_at FROM working_calendar_years WHERE year = $1`,
      [Number(year)],
    );
    const days = await this.db.query<CalendarDayView[]>(
      `SELECT day::text AS date, kind, name FROM working_calendar_days
        WHERE day >= $1::date AND day < ($1::date + interval '1 year') ORDER BY day`,
      [`${year}-01-01`],
    );
    return {
      year,
      status: row?.status ?? 'missing',
      source: row?.source ?? null,
      confirmedAt: row?.confirmed_at ? row.confirmed_at.toISOString() : null,
      days,
    };
  }

  /**
   * Loads a year as provisional with its statutory days computed by the rule (the State
   * Council's arrangement comes later), then dates the applications that waited for it.
   */
  async load(year: number, adminId: string): Promise<CalendarYearView> {
    const days = statutoryHolidays(year);
    await this.db.transaction(async (m) => {
      const [row] = await m.query<{ id: string }[]>(
        `INSERT INTO working_calendar_years (year, status, source, updated_at)
         VALUES ($1, 'provisional', $2, $3) ON CONFLICT (year) DO NOTHING RETURNING id`,
        [year, '国务院令第793号法定节假日；调休安排尚未确认', this.clock.now()],
      );
      if (!row) throw new AppException(ErrorCode.CALENDAR_YEAR_LOADED);
      for (const d of days) {
        await m.query(
          `INSERT INTO working_calendar_days (day, kind, name, updated_by, updated_at)
           VALUES ($1, 'holiday', $2, $3, $4) ON CONFLICT (day) DO NOTHING`,
          [d.date, d.name, adminId, this.clock.now()],
        );
      }
      await this.record(m, adminId, 'calendar.load', row.id, { year, days: days.length });
      await this.dateUndated(m);
    });
    return this.year(String(year));
  }

  /** The State Council's arrangement is in: due dates counted in this year are final. */
  async confirm(year: number, adminId: string): Promise<CalendarYearView> {
    await this.db.transaction(async (m) => {
      const [rows]: [{ id: string }[]] = await m.query(
        `UPDATE working_calendar_years SET status = 'confirmed', confirmed_by = $2,
           confirmed_at = $3, updated_at = $3 WHERE year = $1 RETURNING id`,
        [year, adminId, this.clock.now()],
      );
      if (!rows[0]) throw new AppException(ErrorCode.CALENDAR_YEAR_NOT_LOADED);
      await this.record(m, adminId, 'calendar.confirm', rows[0].id, { year });
    });
    return this.year(String(year));
  }

  /** Sets one day; pending due dates already given stay as they were (they were promised). */
  async put(
    date: string,
    kind: CalendarDayKind,
    name: string,
    adminId: string,
  ): Promise<CalendarDayView> {
    await this.db.transaction(async (m) => {
      const yearId = await this.loadedYear(m, date);
      await m.query(
        `INSERT INTO working_calendar_days (day, kind, name, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name,
           updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
        [date, kind, name, adminId, this.clock.now()],
      );
      await this.record(m, adminId, 'calendar.set_day', yearId, { date, kind, name });
    });
    return { date, kind, name };
  }

  /** Removes an exception: the day is an ordinary weekday or weekend day again. */
  async remove(date: string, adminId: string): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const yearId = await this.loadedYear(m, date);
      // A DELETE answers [rows, affectedCount] through TypeORM.
      const [removed]: [{ kind: string; name: string }[], number] = await m.query(
        `DELETE FROM working_calendar_days WHERE day = $1 RETURNING kind, name`,
        [date],
      );
      if (!removed[0]) return false;
      await this.record(m, adminId, 'calendar.remove_day', yearId, { date, ...removed[0] });
      return true;
    });
  }

  private years(): Promise<YearRow[]> {
    return this.db.query<YearRow[]>(
      `SELECT year, id, status, source, confirmed_at FROM working_calendar_years ORDER BY year`,
    );
  }

  private async loadedYear(m: EntityManager, date: string): Promise<string> {
    const [row] = await m.query<{ id: string }[]>(
      `SELECT id FROM working_calendar_years WHERE year = $1 FOR UPDATE`,
      [Number(date.slice(0, 4))],
    );
    if (!row) throw new AppException(ErrorCode.CALENDAR_YEAR_NOT_LOADED);
    return row.id;
  }

  /** Applications accepted without a due date get one when the years they need are loaded. */
  private async dateUndated(m: EntityManager): Promise<void> {
    const rows = await m.query<{ id: string; submitted_on: string }[]>(
      `SELECT id, (submitted_at AT TIME ZONE 'Asia/Shanghai')::date::text AS submitted_on
         FROM flexible_registrations WHERE due_on IS NULL AND status = 'pending' FOR UPDATE`,
    );
    for (const r of rows) {
      const due = await this.dueDate(r.submitted_on, m);
      if (due.dueOn) {
        await m.query(`UPDATE flexible_registrations SET due_on = $2 WHERE id = $1`, [
          r.id,
          due.dueOn,
        ]);
      }
    }
  }

  private record(
    m: EntityManager,
    adminId: string,
    action: string,
    yearId: string,
    detail: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(m, {
      actorId: adminId,
      action,
      subjectType: 'calendar_year',
      subjectId: yearId,
      userId: null,
      detail,
    });
  }
}

function toSummary(r: YearRow): CalendarYearSummaryView {
  return {
    year: r.year,
    status: r.status,
    source: r.source,
    confirmedAt: r.confirmed_at ? r.confirmed_at.toISOString() : null,
  };
}
