import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 2027's statutory holidays, computed by the rule of 全国年节及纪念日放假办法 as amended by
 * 国务院令第793号 (in force 2025-01-01): 元旦 1 Jan; 春节 除夕 + 正月初一至初三; 清明节 (the
 * solar-term day); 劳动节 1–2 May; 端午节 五月初五; 中秋节 八月十五; 国庆节 1–3 Oct. The lunar
 * and solar-term dates are those of statutoryHolidays(2027) (libs/public-service/src/calendar,
 * tyme4ts), frozen here. Make-up days not yet confirmed: 国务院办公厅关于2027年部分节假日安排的通知
 * was not available when this was written, so 2027 is loaded as provisional (statutory days
 * only) until an admin enters the arrangement and confirms the year in the console.
 */
const STATUTORY_2027: [day: string, name: string][] = [
  ['2027-01-01', '元旦'],
  ['2027-02-05', '春节'],
  ['2027-02-06', '春节'],
  ['2027-02-07', '春节'],
  ['2027-02-08', '春节'],
  ['2027-04-05', '清明节'],
  ['2027-05-01', '劳动节'],
  ['2027-05-02', '劳动节'],
  ['2027-06-09', '端午节'],
  ['2027-09-15', '中秋节'],
  ['2027-10-01', '国庆节'],
  ['2027-10-02', '国庆节'],
  ['2027-10-03', '国庆节'],
];

/**
 * Which years the working-day calendar holds, and how far each is trusted:
 * - working_calendar_years: one row per loaded year, `confirmed` (the State Council's
 *   arrangement is in) or `provisional` (statutory days only). A due date is never
 *   computed across a year without a row; one counted in a provisional year is shown as
 *   provisional. `id` names the year in the audit trail.
 * - flexible_registrations.due_on becomes nullable: an application whose count reaches an
 *   unloaded year is accepted without a due date, listed for admins, and dated when the
 *   year is loaded.
 */
export class CalendarYears1764303500000 implements MigrationInterface {
  name = 'CalendarYears1764303500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE working_calendar_years (
        year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2099),
        id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
        status varchar(12) NOT NULL CHECK (status IN ('confirmed', 'provisional')),
        source varchar(200) NOT NULL,
        confirmed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        confirmed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `INSERT INTO working_calendar_years (year, status, source) VALUES
         (2026, 'confirmed', '国办发明电〔2025〕7号（2025-11-04）'),
         (2027, 'provisional', '国务院令第793号法定节假日；调休安排尚未确认 make-up days not yet confirmed')`,
    );
    for (const [day, name] of STATUTORY_2027) {
      await q.query(
        `INSERT INTO working_calendar_days (day, kind, name) VALUES ($1, 'holiday', $2)
         ON CONFLICT (day) DO NOTHING`,
        [day, name],
      );
    }
    await q.query(`ALTER TABLE flexible_registrations ALTER COLUMN due_on DROP NOT NULL`);
    // The admin list of applications waiting for a calendar year.
    await q.query(
      `CREATE INDEX flexible_registrations_undated_idx ON flexible_registrations (submitted_at)
        WHERE due_on IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX flexible_registrations_undated_idx`);
    // Undated applications get a date again (the 2026 rule's plain week count is gone; use +14 days).
    await q.query(
      `UPDATE flexible_registrations SET due_on = (submitted_at AT TIME ZONE 'Asia/Shanghai')::date + 14
        WHERE due_on IS NULL`,
    );
    await q.query(`ALTER TABLE flexible_registrations ALTER COLUMN due_on SET NOT NULL`);
    await q.query(
      `DELETE FROM working_calendar_days WHERE day >= '2027-01-01' AND day < '2028-01-01'`,
    );
    await q.query(`DROP TABLE working_calendar_years`);
  }
}
