import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The matcher's sweep deletes published outbox events after OUTBOX_KEEP_HOURS: an index
 * that leads with the purge's filter column, over published rows only (the unpublished
 * ones have outbox_unpublished_idx). idempotency_keys is purged by created_at, which
 * idempotency_keys_created_idx already leads with.
 */
export class OutboxPurge1764303600000 implements MigrationInterface {
  name = 'OutboxPurge1764303600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX outbox_published_idx ON outbox_events (published_at) WHERE published_at IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_published_idx`);
  }
}
