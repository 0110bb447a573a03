import { Client } from 'pg';
import {
  CENTRE,
  employerWithProfile,
  isoAfter,
  shiftBody,
  workerWithProfile,
} from './listings/listings-factory';
import {
  AppProcess,
  freePort,
  listening,
  sharedEnv,
  startProcess,
  stopProcess,
} from './support/processes';
import { startApi, TestApi } from './support/test-api';
import { AppClock } from './support/test-clock';

/** Advisory lock the test holds to stop the API where it records the key's answer. */
const GATE = 4242;

/**
 * The key of a retried post lives in the post's own transaction. The test stops the
 * API where it writes the key's answer (a trigger waits on a lock the test holds),
 * kills the process there and ends its database sessions, as a crash does. With the
 * key in the post's transaction nothing committed, and the retry posts the shift once.
 * With the answer written in a step of its own after the post committed (as before),
 * the shift stayed and its key said "in progress": the retry waited into a 409, or,
 * minutes later, posted a second shift. A worker post (recorded the same way since
 * issue 14) stands for the routes that moved from the two-step interceptor.
 */
describe('an API killed where it records the answer of a keyed post', () => {
  const clock = AppClock.at('10:00');
  let api: TestApi;
  let listener: Client;
  const procs: AppProcess[] = [];

  async function apiProcess(): Promise<{ proc: AppProcess; base: string }> {
    const port = await freePort();
    const proc = startProcess(
      'api',
      sharedEnv(api, { ...clock.env, API_PORT: String(port), LOG_LEVEL: 'info' }),
    );
    procs.push(proc);
    await listening(proc);
    return { proc, base: `http://127.0.0.1:${port}/api/v1` };
  }

  /** Sends `request` to a fresh API process and kills it where it writes the key's answer. */
  async function killWhileAnswering(path: string, request: RequestInit): Promise<void> {
    await listener.query(`SELECT pg_advisory_lock(${GATE})`);
    await api.db.query(`
      CREATE TRIGGER idempotency_answer_gate BEFORE UPDATE ON idempotency_keys
      FOR EACH ROW EXECUTE FUNCTION wait_at_gate()`);
    const { proc, base } = await apiProcess();
    const lost = fetch(base + path, request).then(
      () => 'answered',
      () => 'no answer',
    );
    // Nothing announces a session blocked on a lock: look until one is.
    const blocked = async () =>
      (
        await listener.query(
          `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted`,
          [GATE],
        )
      ).rows as { pid: number }[];
    let waiting = await blocked();
    while (waiting.length === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      waiting = await blocked();
    }
    await stopProcess(proc, 'SIGKILL');
    for (const { pid } of waiting) await listener.query(`SELECT pg_terminate_backend($1)`, [pid]);
    await listener.query(`SELECT pg_advisory_unlock(${GATE})`);
    expect(await lost).toBe('no answer');
    await api.db.query(`DROP TRIGGER idempotency_answer_gate ON idempotency_keys`);
  }

  const keyed = (token: string, key: string, body: unknown): RequestInit => ({
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': key,
    },
    body: JSON.stringify(body),
  });

  beforeAll(async () => {
    api = await startApi(clock.env);
    listener = new Client({ connectionString: api.databaseUrl });
    await listener.connect();
    await api.db.query(`
      CREATE FUNCTION wait_at_gate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_advisory_xact_lock_shared(${GATE}); RETURN NEW; END $$`);
  });
  afterAll(async () => {
    for (const p of procs) await stopProcess(p, 'SIGKILL');
    await listener?.end();
    await api?.close();
  });

  it('the retry with the same key posts the shift once and answers it', async () => {
    const employer = await employerWithProfile(api);
    const request = keyed(employer.token, 'post-crash-1', shiftBody(clock.now()));

    await killWhileAnswering('/shifts', request);

    const retry = await fetch(`${(await apiProcess()).base}/shifts`, request);
    expect(retry.status).toBe(201);
    const shifts: { id: string }[] = await api.db.query(
      `SELECT id FROM shifts WHERE employer_id = $1`,
      [employer.id],
    );
    expect(shifts).toHaveLength(1);
    expect(((await retry.json()) as { id: string }).id).toBe(shifts[0]!.id);
  });

  it('a worker post killed the same way is published once by the retry', async () => {
    const worker = await workerWithProfile(api);
    const request = keyed(worker.token, 'worker-post-crash-1', {
      title: '熟练装卸工',
      tradeCodes: ['loader'],
      area: { ...CENTRE, district: '中山区' },
      availableFrom: isoAfter(clock.now(), 1),
      availableTo: isoAfter(clock.now(), 24 * 7),
    });

    await killWhileAnswering('/worker-posts', request);
    // The kill rolled the post back with its key.
    const published = `SELECT id FROM worker_posts WHERE worker_id = $1`;
    expect(await api.db.query(published, [worker.id])).toEqual([]);

    const retry = await fetch(`${(await apiProcess()).base}/worker-posts`, request);
    expect(retry.status).toBe(201);
    const posts: { id: string }[] = await api.db.query(published, [worker.id]);
    expect(posts).toHaveLength(1);
    expect(((await retry.json()) as { id: string }).id).toBe(posts[0]!.id);
  });
});
