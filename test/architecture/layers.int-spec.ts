import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * The lint keeps the house in order (docs/architecture.md): a lib imports only libs below
 * it, and only through their front door. These probes are what a hurried change would
 * write; each must fail `npm run lint`.
 */
describe('lib boundaries in the lint', () => {
  /**
   * Lints `code` as if it were at `filePath`, with the project's own config, through the
   * CLI (the config is an ES module, which Jest's CommonJS runtime cannot load).
   */
  async function importErrors(filePath: string, code: string): Promise<string[]> {
    const run = promisify(execFile)(
      'npx',
      ['eslint', '--format', 'json', '--stdin', '--stdin-filename', filePath],
      { cwd: `${__dirname}/../..` },
    );
    run.child.stdin?.end(code);
    const stdout = await run.then(
      (r) => r.stdout,
      (e: { stdout?: string }) => e.stdout ?? '',
    );
    const [result] = JSON.parse(stdout) as { messages: { ruleId: string; message: string }[] }[];
    return result.messages
      .filter((m) => m.ruleId === 'no-restricted-imports')
      .map((m) => m.message);
  }

  it('refuses an import that goes up the layer order', async () => {
    const errors = await importErrors(
      'libs/listings/src/shifts/probe.ts',
      "import { MatchingModule } from '@app/matching';\nexport const probe = MatchingModule;\n",
    );
    expect(errors).toEqual([expect.stringContaining('listings may import only libs below it')]);
  });

  it('refuses a deep import into another lib, by alias or by relative path', async () => {
    const errors = await importErrors(
      'libs/matching/src/offers/probe.ts',
      [
        "import { UsersService } from '@app/accounts/users/users.service';",
        "import { ShiftsService } from '../../../listings/src/shifts/shifts.service';",
        'export const probe = [UsersService, ShiftsService];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(2);
    expect(errors.every((e) => e.includes('front door'))).toBe(true);
  });

  it('refuses imports between libs of one layer, and deep imports from an app', async () => {
    expect(
      await importErrors(
        'libs/boards/src/probe.ts',
        "import { FairsModule } from '@app/public-service';\nexport const probe = FairsModule;\n",
      ),
    ).toHaveLength(1);
    expect(
      await importErrors(
        'apps/api/src/probe.ts',
        "import { phone } from '@app/accounts/phone/phone';\nexport const probe = phone;\n",
      ),
    ).toHaveLength(1);
  });

  it('lets a lib use the front door of a lower lib', async () => {
    const errors = await importErrors(
      'libs/matching/src/offers/probe.ts',
      "import { ShiftsService } from '@app/listings';\nexport const probe = ShiftsService;\n",
    );
    expect(errors).toEqual([]);
  });
});
