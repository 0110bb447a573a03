import { DEV_CODE, testWebDir } from '../../support/test-env';
import {
  type AppProcess,
  freePort,
  listening,
  sharedEnv,
  startProcess,
  stopProcess,
} from '../../support/processes';
import { startApi, type TestApi } from '../../support/test-api';

type StackApp = 'api' | 'realtime' | 'matcher';

/**
 * The whole product as a browser sees it: the API serving the built web app, a
 * realtime node and a matcher, each a real process on this file's database and
 * Redis prefix. `api` (in-process, same database) is for arranging data and asserting.
 */
export class WebStack {
  private constructor(
    readonly api: TestApi,
    readonly baseUrl: string,
    private readonly procs: Record<StackApp, AppProcess>,
    private readonly env: Record<string, string>,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<WebStack> {
    const api = await startApi(env);
    const [apiPort, realtimePort, matcherPort] = [
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    const baseUrl = `http://127.0.0.1:${apiPort}`;
    const common = sharedEnv(api, {
      AUTH_DEV_CODE: DEV_CODE,
      PUBLIC_BASE_URL: baseUrl,
      API_PORT: String(apiPort),
      REALTIME_PORT: String(realtimePort),
      MATCHER_PORT: String(matcherPort),
      WEB_DIR: testWebDir(),
      LOG_LEVEL: 'info', // listening() waits for the start-up line
      ...env,
    });
    const procs = {
      api: startProcess('api', common),
      realtime: startProcess('realtime', common),
      matcher: startProcess('matcher', common),
    };
    try {
      await Promise.all(Object.values(procs).map(listening));
    } catch (error) {
      for (const p of Object.values(procs)) await stopProcess(p, 'SIGKILL');
      await api.close();
      throw error;
    }
    return new WebStack(api, baseUrl, procs, common);
  }

  /** Kills one process without warning, as a crash would (SIGKILL). */
  async kill(app: StackApp): Promise<void> {
    await stopProcess(this.procs[app], 'SIGKILL');
  }

  /** Starts a process again with its old settings (same port: clients are retrying it). */
  async restart(app: StackApp): Promise<void> {
    await stopProcess(this.procs[app], 'SIGKILL');
    this.procs[app] = startProcess(app, this.env);
    await listening(this.procs[app]);
  }

  /** Everything the processes printed, for a failing test's message. */
  output(): string {
    return Object.values(this.procs)
      .map((p) => p.output())
      .join('\n');
  }

  async close(): Promise<void> {
    for (const p of Object.values(this.procs)) await stopProcess(p);
    await this.api.close();
  }
}
