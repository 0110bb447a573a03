import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildApiDocument } from '../../apps/api/src/api-document';
import { startApi, TestApi } from '../support/test-api';

const ROOT = join(__dirname, '../..');

/**
 * The generator runs in a process of its own, as `npm run gen:web-types` does: openapi-typescript
 * loads ES modules that Jest's CommonJS runtime cannot require.
 */
async function checkWebTypes(): Promise<void> {
  const args = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];
  try {
    await promisify(execFile)(process.execPath, [...args, 'scripts/gen-web-types.ts', '--check'], {
      cwd: ROOT,
    });
  } catch (error) {
    throw new Error((error as { stderr?: string }).stderr || String(error));
  }
}

describe("the web app's generated wire types (web/src/shared/api-types.gen.ts)", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('are what the generator makes of the current views (else: run npm run gen:web-types)', async () => {
    await checkWebTypes();
  }, 120_000); // a second Node compiling the whole API on two shared cores

  it('are made from the document the API serves at /docs-json', async () => {
    const served = (await api.get<OpenAPIObject>('/docs-json')).body;
    const built = await buildApiDocument();
    // Only the title differs: the test boot names itself "test".
    expect({ paths: built.paths, components: built.components }).toEqual({
      paths: served.paths,
      components: served.components,
    });
  });
});
