/**
 * `npm run bench` / `npm run bench:quick`: every part against the real PostgreSQL and
 * Redis, a table at the end, raw results in bench/results/, and the table written into
 * docs/performance.md between its markers. `-- --only floors,quality` runs some parts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Floors, Part } from './lib/part';
import { markdownTable, type PartResult, type Row } from './lib/report';
import { pinGenerator, ROOT } from './lib/stack';

const PARTS: [name: string, load: () => Promise<Part>][] = [
  ['floors', async () => (await import('./parts/floors')).run],
  ['latency', async () => (await import('./parts/latency')).run],
  ['contention', async () => (await import('./parts/contention')).run],
  ['crash', async () => (await import('./parts/crash')).run],
  ['quality', async () => (await import('./parts/quality')).run],
  ['push-vs-poll', async () => (await import('./parts/push-vs-poll')).run],
  ['cost', async () => (await import('./parts/cost')).run],
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  // `npm run bench` builds first; the quick run builds only when there is no build yet.
  if (!existsSync(join(ROOT, 'dist/apps/matcher/apps/matcher/src/main.js'))) {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const pinned = pinGenerator();
  const started = new Date();
  const log = (m: string) =>
    console.warn(`[bench ${((Date.now() - started.getTime()) / 1000).toFixed(0)}s] ${m}`);
  log(`mode ${quick ? 'quick' : 'full'}; generator on CPU ${pinned}`);

  const results: PartResult[] = [];
  const floors: Partial<Floors> = {};
  for (const [name, load] of PARTS) {
    if (only && !only.includes(name)) continue;
    log(`part ${name}…`);
    const t0 = Date.now();
    try {
      const result = await (await load())({ quick, floors, log });
      if (name === 'floors') Object.assign(floors, (result.raw as { floors: Floors }).floors);
      results.push(result);
    } catch (error) {
      log(`part ${name} failed: ${(error as Error).stack ?? String(error)}`);
      results.push({
        part: name,
        rows: [
          {
            part: name,
            metric: 'failed',
            value: String((error as Error).message).slice(0, 120),
            unit: '',
          },
        ],
        raw: { error: String(error) },
      });
    }
    log(`part ${name} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }

  const rows: Row[] = results.flatMap((r) => r.rows);
  const table = markdownTable(rows);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  console.log(
    `\n${table}\n\nmachine: ${machine}; generator CPU ${pinned}; ${started.toISOString()}`,
  );

  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `${stamp}-${quick ? 'quick' : 'full'}.json`);
  writeFileSync(file, JSON.stringify({ started, quick, machine, pinned, results }, null, 2));
  log(`raw results: ${file}`);
  if (!quick && !only) updatePerformanceDoc(table, machine, started);
}

/** Replaces the generated block of docs/performance.md; the notes around it are written by hand. */
function updatePerformanceDoc(table: string, machine: string, started: Date): void {
  const path = join(ROOT, 'docs', 'performance.md');
  const doc = readFileSync(path, 'utf8');
  const block = `<!-- bench:start -->\nLast full run: ${started.toISOString()} on ${machine}.\n\n${table}\n<!-- bench:end -->`;
  writeFileSync(path, doc.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
