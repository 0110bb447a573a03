import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import globalSetup from '../../support/global-setup';

/** The shared test database template, plus a fresh build of the web app the API will serve. */
export default async function browserSetup(): Promise<void> {
  await globalSetup();
  execFileSync('npm', ['run', '--silent', 'build:web'], {
    cwd: join(__dirname, '..', '..', '..'),
    stdio: 'inherit',
  });
}
