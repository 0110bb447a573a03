/**
 * Where the servers' CPU went during the cost part's operation windows, from V8 profiles.
 *
 *   BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench:quick -- --only=cost
 *   node -r ts-node/register/transpile-only bench/profile-summary.ts bench/results/<run>.json /tmp/prof
 *
 * Only samples inside the post, accept and grab windows' CPU spans count (the run's JSON has
 * them on the monotonic clock that V8 stamps samples with), so start-up and idle stay out.
 * Prints, per server, milliseconds per operation by self frame and by package (inclusive:
 * a sample counts once for every package on its stack).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

// WINDOWS=post (say) looks at one kind of operation.
const WINDOWS = (process.env.WINDOWS ?? 'post,accept,grab').split(',');
const TOP = Number(process.env.TOP ?? 18);

function main(): void {
  const [resultsPath, profDir] = process.argv.slice(2);
  if (!resultsPath || !profDir) throw new Error('usage: profile-summary <results.json> <prof dir>');
  const results = JSON.parse(readFileSync(resultsPath, 'utf8'));
  const cost = results.results.find((r: { part: string }) => r.part === 'cost').raw;
  const spans: [number, number][] = WINDOWS.map((w) => cost.windows[w].cpuSpanMs);
  const ops = WINDOWS.reduce((n, w) => n + cost.windows[w].cpuOps, 0);
  const files = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
  let total = 0;
  for (const [app, pid] of Object.entries(cost.pids as Record<string, number>)) {
    const file = files.find((f) => f.split('.')[3] === String(pid));
    if (!file) {
      console.log(`${app}: no profile for pid ${pid}`);
      continue;
    }
    const profile = JSON.parse(readFileSync(join(profDir, file), 'utf8')) as Profile;
    total += summarise(app, profile, spans, ops);
  }
  console.log(`\nall three: ${(total / ops).toFixed(2)} ms per operation (${ops} operations)`);
}

function summarise(app: string, p: Profile, spans: [number, number][], ops: number): number {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of p.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const self = new Map<string, number>();
  const packages = new Map<string, number>();
  let t = p.startTime;
  let busy = 0;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i]!;
    const next = p.timeDeltas[i + 1] ?? 0;
    const ms = t / 1000;
    if (!spans.some(([from, to]) => ms >= from && ms <= to)) continue;
    const node = byId.get(p.samples[i]!)!;
    if (node.callFrame.functionName === '(idle)') continue;
    const us = next;
    busy += us;
    add(self, frameName(node.callFrame), us);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      seen.add(packageOf(byId.get(id)!.callFrame));
    }
    for (const pkg of seen) add(packages, pkg, us);
  }
  const perOp = (us: number) => (us / 1000 / ops).toFixed(2);
  console.log(`\n== ${app}: ${perOp(busy)} ms per operation busy in the windows`);
  console.log('  self frames:');
  for (const [name, us] of top(self)) console.log(`    ${perOp(us).padStart(6)}  ${name}`);
  console.log('  packages (inclusive):');
  for (const [name, us] of top(packages)) console.log(`    ${perOp(us).padStart(6)}  ${name}`);
  return busy / 1000;
}

function add(map: Map<string, number>, key: string, us: number): void {
  map.set(key, (map.get(key) ?? 0) + us);
}

function top(map: Map<string, number>): [string, number][] {
  return [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP);
}

function frameName(f: CallFrame): string {
  const where = f.url ? ` ${shortUrl(f.url)}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'}${where}`;
}

function shortUrl(url: string): string {
  const i = url.lastIndexOf('node_modules/');
  if (i >= 0) return url.slice(i + 'node_modules/'.length);
  return url.replace(/^.*\/dist\//, 'dist/').replace(/^file:\/\//, '');
}

/** The npm package of a frame, or our code, node's internals, or V8's pseudo frames. */
function packageOf(f: CallFrame): string {
  if (!f.url) return f.functionName.startsWith('(') ? f.functionName : '(native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f.url);
  if (m) return m[1]!;
  if (f.url.startsWith('node:')) return 'node:' + f.url.slice(5).split('/')[0];
  return '(ours)';
}

main();
