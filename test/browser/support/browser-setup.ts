import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import globalSetup from '../../support/global-setup';
import { testWebDir } from '../../support/test-env';

/**
 * The shared test database template, plus a fresh build of the web app the API
 * will serve, in a folder of this run's own (test/support/test-env webDir) so
 * that runs side by side never serve each other's half-written build.
 */
export default async function browserSetup(): Promise<void> {
  await globalSetup();
  const root = join(__dirname, '..', '..', '..');
  execFileSync(
    'npm',
    ['run', '--silent', 'build:web', '--', '--outDir', join(root, testWebDir())],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
