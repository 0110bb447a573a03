import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/common';
import {
  addCalendarDays,
  addWorkingDays,
  calendarWindowFor,
  type CalendarDayKind,
} from '../calendar';
import type { CalendarDayView, CalendarYearView } from './registration.view';

/**
 * The working-day calendar as the city keeps it: the database table of holidays and
 * make-up days (seeded with the State Council's schedule, edited by admins), fed to
 * the pure addWorkingDays.
 */
@Injectable()
export class WorkingCalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The day the answer to something submitted on `date` is due (REGISTRATION_DUE_WORKING_DAYS). */
  async dueDate(date: string, db: DataSource | EntityManager = this.db): Promise<string> {
    const n = this.config.REGISTRATION_DUE_WORKING_DAYS;
    const rows = await db.query<{ day: string; kind: CalendarDayKind }[]>(
      `SELECT day::text AS day, kind FROM working_calendar_days WHERE day > $1 AND day <= $2`,
      [date, addCalendarDays(date, calendarWindowFor(n))],
    );
    return addWorkingDays(date, n, new Map(rows.map((r) => [r.day, r.kind])));
  }

  async year(year: string): Promise<CalendarYearView> {
    const rows = await this.db.query<CalendarDayView[]>(
      `SELECT day::text AS date, kind, name FROM working_calendar_days
        WHERE day >= $1::date AND day < ($1::date + interval '1 year') ORDER BY day`,
      [`${year}-01-01`],
    );
    return { year, days: rows };
  }

  /** Sets one day; pending due dates already given stay as they were (they were promised). */
  async put(
    date: string,
    kind: CalendarDayKind,
    name: string,
    adminId: string,
  ): Promise<CalendarDayView> {
    await this.db.query(
      `INSERT INTO working_calendar_days (day, kind, name, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name,
         updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [date, kind, name, adminId],
    );
    return { date, kind, name };
  }

  /** Removes an exception: the day is an ordinary weekday or weekend day again. */
  async remove(date: string): Promise<boolean> {
    // A DELETE answers [rows, affectedCount] through TypeORM.
    const [, affected]: [unknown[], number] = await this.db.query(
      `DELETE FROM working_calendar_days WHERE day = $1`,
      [date],
    );
    return affected > 0;
  }
}
