/**
 * Both halves of a floor server: a bare child the floors part starts on the server CPU
 * (floor-chain-server.ts, floor-claim-server.ts) that reports its port over IPC and exits
 * when the parent disconnects or stops it.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { ROOT, SERVER_CPUS } from './stack';

/** Parent side: starts bench/lib/<file> pinned to the server CPU; resolves with its port. */
export async function startFloorServer(
  file: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    'taskset',
    [
      '-c',
      SERVER_CPUS,
      process.execPath,
      '-r',
      'ts-node/register/transpile-only',
      join(ROOT, 'bench', 'lib', file),
    ],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  let timer: NodeJS.Timeout | undefined;
  const started = once(child, 'message') as Promise<[{ port: number }]>;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${file}: no port within 30 s`)), 30_000);
  });
  try {
    const [{ port }] = await Promise.race([started, timeout]);
    return { child, port };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Parent side: SIGTERM, then waits (up to 5 s) for the exit. */
export async function stopFloorServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 5_000)))]);
  clearTimeout(timer);
}

/** Child side: runs `main`, which serves on a port and returns how to close down. */
export function runFloorServer(main: () => Promise<{ port: number; close: () => Promise<void> }>) {
  main()
    .then(({ port, close }) => {
      const stop = () => void close().finally(() => process.exit(0));
      process.on('disconnect', stop);
      process.on('SIGTERM', stop);
      process.send?.({ port });
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
