import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics monitoring of new forms of employment (clause 三): the worker's own
 * confirmation of each work record (承诺制).
 *
 * - work_record_confirmations: one row per completed assignment the worker has
 *   confirmed, with the commitment text version and the time. It also keeps a
 *   snapshot of what was confirmed (work date in Shanghai, district, trade, minutes,
 *   pay): the commitment is to those figures, and it is the fact table the
 *   statistics read — only confirmed records are ever counted. A row is never
 *   updated or deleted by the application: a confirmation is final.
 * - work_record_disputes: a worker's "this record is wrong" with a note. Rows are
 *   only added (the history of what was said stays readable); a disputed record
 *   is not counted unless the worker later confirms it.
 */
export class WorkRecords1764302200000 implements MigrationInterface {
  name = 'WorkRecords1764302200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE work_record_confirmations (
        assignment_id uuid PRIMARY KEY REFERENCES assignments(id) ON DELETE CASCADE,
        worker_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        work_date date NOT NULL,
        district varchar(20) NOT NULL,
        trade_code varchar(40) NOT NULL REFERENCES trades(code),
        minutes_worked int NOT NULL CHECK (minutes_worked >= 0),
        pay_fen int NOT NULL CHECK (pay_fen >= 0),
        text_version varchar(20) NOT NULL CHECK (length(text_version) > 0),
        confirmed_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The statistics read one period (a date range), optionally one district and trade.
    await q.query(
      `CREATE INDEX work_record_confirmations_period_idx
         ON work_record_confirmations (work_date, district, trade_code)`,
    );
    await q.query(
      `CREATE INDEX work_record_confirmations_worker_idx ON work_record_confirmations (worker_id)`,
    );

    await q.query(`
      CREATE TABLE work_record_disputes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assignment_id uuid NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
        worker_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        note varchar(200) NOT NULL CHECK (length(btrim(note)) > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX work_record_disputes_assignment_idx
         ON work_record_disputes (assignment_id, created_at DESC)`,
    );
    // The worker's list pages completed assignments newest first.
    await q.query(
      `CREATE INDEX assignments_worker_completed_idx ON assignments (worker_id, check_out_at DESC, id)
         WHERE status = 'completed'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX assignments_worker_completed_idx`);
    await q.query(`DROP TABLE work_record_disputes`);
    await q.query(`DROP TABLE work_record_confirmations`);
  }
}
