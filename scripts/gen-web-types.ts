/**
 * Writes web/src/shared/api-types.gen.ts from the API's OpenAPI document, built in-process
 * (no database, Redis or port needed). Run after changing a view the web app reads:
 *   npm run gen:web-types
 */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { buildApiDocument } from '../apps/api/src/api-document';
import { renderWebTypes, WEB_TYPES_FILE } from './web-types';

async function main(): Promise<void> {
  const source = await renderWebTypes(await buildApiDocument());
  await writeFile(WEB_TYPES_FILE, source);
  console.log(`wrote ${relative(process.cwd(), WEB_TYPES_FILE)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
