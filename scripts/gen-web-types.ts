/**
 * Writes web/src/shared/api-types.gen.ts from the API's OpenAPI document, built in-process
 * (no database, Redis or port needed). Run after changing a view the web app reads:
 *   npm run gen:web-types
 * With --check it writes nothing and exits 1 when the checked-in file is out of date
 * (test/contract/web-types.int-spec.ts).
 */
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { buildApiDocument } from '../apps/api/src/api-document';
import { firstDifference, renderWebTypes, WEB_TYPES_FILE } from './web-types';

async function main(check: boolean): Promise<void> {
  const generated = await renderWebTypes(await buildApiDocument());
  const file = relative(process.cwd(), WEB_TYPES_FILE);
  if (!check) {
    await writeFile(WEB_TYPES_FILE, generated);
    console.log(`wrote ${file}`);
    return;
  }
  const checkedIn = await readFile(WEB_TYPES_FILE, 'utf8').catch(() => '');
  if (checkedIn !== generated) {
    console.error(
      `${file} is out of date with the server's views: run npm run gen:web-types and commit ` +
        `the result (${firstDifference(checkedIn, generated)})`,
    );
    process.exit(1);
  }
}

main(process.argv.includes('--check')).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
