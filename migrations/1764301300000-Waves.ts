import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per shift the matcher drives with offer waves. The row is the per-shift
 * wave counter and, locked FOR UPDATE, serialises the waves of one shift across
 * any number of matcher processes.
 * - wave / radius_km: the current wave and search radius;
 * - last_event_id: the event that triggered the current wave, so a redelivered
 *   event never starts a second wave;
 * - first_wave_at: set when the first wave went out (batched or not), so a batch
 *   and the shift's own wave-1 job never both offer.
 */
export class Waves1764301300000 implements MigrationInterface {
  name = 'Waves1764301300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE matching_runs (
        shift_id uuid PRIMARY KEY REFERENCES shifts(id) ON DELETE CASCADE,
        wave int NOT NULL DEFAULT 1 CHECK (wave >= 1),
        radius_km double precision NOT NULL CHECK (radius_km > 0),
        state varchar(10) NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'exhausted', 'done')),
        last_event_id bigint NOT NULL DEFAULT 0,
        first_wave_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX matching_runs_running_idx ON matching_runs (updated_at) WHERE state = 'running'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE matching_runs`);
  }
}
