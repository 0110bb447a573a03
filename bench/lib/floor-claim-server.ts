/**
 * The server half of the bare-claim floor (bench/parts/floors.ts): node's own HTTP server,
 * a pg pool and ioredis, nothing else. POST /claim/<shiftId> {"workerId"} does what every
 * seat claim must: one transaction (BEGIN, the conditional seat UPDATE, the assignment
 * INSERT, the outbox INSERT of its two events, COMMIT), then the events to a Redis stream
 * with their ids in a set (one MULTI, as the product's direct publisher does), and answers
 * JSON. The product's grab does more (checks, commitment, offers), so read the ratio as
 * the cost of the framework and of the rules together.
 *
 * env: DATABASE_URL, REDIS_URL, FLOOR_STREAM. Started and stopped as floor-server.ts says.
 */
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { runFloorServer } from './floor-server';

async function main(): Promise<{ port: number; close: () => Promise<void> }> {
  const stream = process.env.FLOOR_STREAM;
  if (!stream) throw new Error('FLOOR_STREAM is required');
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

  const claim = async (shiftId: string, workerId: string) => {
    const db = await pool.connect();
    try {
      await db.query('BEGIN');
      const seat = await db.query(
        `UPDATE floor_claim_shifts SET filled = filled + 1
          WHERE id = $1 AND filled < headcount RETURNING filled, headcount`,
        [shiftId],
      );
      if (seat.rowCount === 0) {
        await db.query('ROLLBACK');
        return undefined;
      }
      const [assignment] = (
        await db.query(
          `INSERT INTO floor_claim_assignments (shift_id, worker_id) VALUES ($1, $2) RETURNING id`,
          [shiftId, workerId],
        )
      ).rows as { id: string }[];
      const payload = JSON.stringify({ shiftId, workerId, assignmentId: assignment!.id });
      const events = (
        await db.query(
          `INSERT INTO floor_outbox (type, payload) VALUES ('assignment.updated', $1), ('shift.updated', $1)
           RETURNING id::text AS id`,
          [payload],
        )
      ).rows as { id: string }[];
      await db.query('COMMIT');
      const multi = redis.multi();
      for (const e of events)
        multi.xadd(stream, 'MAXLEN', '~', 10_000, '*', 'id', e.id, 'data', payload);
      multi.sadd(`${stream}:sent`, ...events.map((e) => e.id));
      await multi.exec();
      return assignment!.id;
    } catch (error) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      db.release();
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const shiftId = req.url?.split('/')[2] ?? '';
    const { workerId } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { workerId: string };
    const assignmentId = await claim(shiftId, workerId);
    res.writeHead(assignmentId ? 201 : 409, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(assignmentId ? { assignmentId, status: 'confirmed' } : { code: 'SHIFT_FULL' }),
    );
  };
  const http = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  http.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;

  const close = async () => {
    http.close();
    redis.disconnect();
    await pool.end();
  };
  return { port, close };
}

if (require.main === module) runFloorServer(main);
