import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ERROR_CATALOG, pickLanguage } from '@app/common';
import { ErrorCode } from '@app/contracts';

/** Paths that belong to the server, never to the web app's client-side router. */
const SERVER_PATHS = /^\/(api|docs|docs-json|health|metrics|socket\.io)(\/|$)/;

/**
 * Serves the built web app (web/ → dist/web) from the API's port: hashed assets
 * cached for a year, index.html never cached (so a new release reaches phones at
 * once), and every other GET path answered with index.html for the client router
 * (`/board/<id>`, `/w/...`). Unknown server paths keep the contract's 404 shape.
 * Returns false when the build is missing (tests that need no browser skip it).
 */
export async function serveWebApp(app: NestFastifyApplication, dir: string): Promise<boolean> {
  const root = resolve(dir);
  const indexFile = resolve(root, 'index.html');
  if (!existsSync(indexFile)) return false;
  const indexHtml = readFileSync(indexFile);
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    decorateReply: false,
    cacheControl: false,
    setHeaders: (reply, path) => {
      const hashed = path.startsWith(resolve(root, 'assets'));
      void reply.header(
        'Cache-Control',
        hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  fastify.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0]!;
    if (SERVER_PATHS.test(path)) {
      const message =
        ERROR_CATALOG[ErrorCode.NOT_FOUND][pickLanguage(request.headers['accept-language'])];
      return reply.code(404).send({ error: { code: ErrorCode.NOT_FOUND, message, details: [] } });
    }
    return reply
      .header('Cache-Control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(indexHtml);
  });
  fastify.get('/', async (_request, reply) =>
    reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml),
  );
  return true;
}
