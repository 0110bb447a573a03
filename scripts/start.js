#!/usr/bin/env node
// `npm start`: build, then run the API (which creates the database, applies
// migrations and, outside production, loads demo data into an empty database), the realtime
// gateway and the matcher (outbox publisher, offer waves) as child processes.
// Ctrl-C or SIGTERM stops them all; if one dies, the others are stopped and the
// exit code says so.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const production = process.env.NODE_ENV === 'production';
// A local run signs in with a fixed SMS code and loads the demo data (never in production,
// where the config refuses both), so that a newcomer can open the web app and log in as a
// demo worker or employer at once.
const local = production ? {} : { SEED_DEMO_ON_EMPTY: 'true', AUTH_DEV_CODE: '123456' };
const env = { ...local, ...process.env };
// The three processes must share one JWT secret, and there is no default any more. Locally
// we make a random one and keep it in a git-ignored file, so a restart keeps everyone signed
// in; production must bring its own (the config refuses to start without one).
if (!env.JWT_ACCESS_SECRET && !production) env.JWT_ACCESS_SECRET = localSecret();

function localSecret() {
  const file = path.join(root, '.data', 'jwt-secret');
  try {
    const kept = fs.readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  } catch {
    // first run: make one below
  }
  const secret = randomBytes(32).toString('hex');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  console.warn(`[start] made a local JWT secret in ${path.relative(root, file)}`);
  return secret;
}
const apiPort = Number(env.API_PORT || 3000);
const realtimePort = Number(env.REALTIME_PORT || 3001);
const matcherPort = Number(env.MATCHER_PORT || 3002);

function build() {
  console.warn('[start] building apps…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const children = new Map();
let stopping = false;

function run(name, entry) {
  const child = spawn(process.execPath, [path.join(root, entry)], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  children.set(name, child);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`[start] ${name} exited (${signal ?? code}); stopping the rest`);
      stop(code || 1);
    } else if (children.size === 0) {
      process.exit(process.exitCode ?? 0);
    }
  });
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  if (children.size === 0) process.exit(code);
  for (const child of children.values()) child.kill('SIGTERM');
}

function healthy(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/health', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

async function waitHealthy(port) {
  for (let i = 0; i < 240 && !stopping; i++) {
    if (await healthy(port)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function main() {
  build();
  run('api', 'dist/apps/api/apps/api/src/main.js');
  // The gateway shares the database the API creates and migrates: wait for it.
  await waitHealthy(apiPort);
  if (stopping) return;
  run('realtime', 'dist/apps/realtime/apps/realtime/src/main.js');
  await waitHealthy(realtimePort);
  if (stopping) return;
  run('matcher', 'dist/apps/matcher/apps/matcher/src/main.js');
  await waitHealthy(matcherPort);
  if (stopping) return;
  const web = `http://localhost:${apiPort}`;
  console.warn(
    [
      `[start] Linggong is up 零工快招已启动:`,
      `  web app        ${web}/            (public pages, directory of gig markets)`,
      `  worker phone   ${web}/w           employer console ${web}/e    operator desk ${web}/desk`,
      `  hall boards    ${web}/board/<marketId> (linked from each market's page)   admin ${web}/admin`,
      ...(env.AUTH_DEV_CODE
        ? [
            `  sign in with any demo phone (workers 17000001001…030, employers 17000000001…008, operator 17000002001, admin 17000003001) and code ${env.AUTH_DEV_CODE}`,
          ]
        : []),
      `  API ${web}/api/v1 · docs ${web}/docs · realtime port ${realtimePort} · matcher port ${matcherPort}`,
    ].join('\n'),
  );
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
main().catch((error) => {
  console.error(error);
  stop(1);
});
