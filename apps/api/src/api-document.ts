import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { openApiDocument, useApiPrefix } from '@app/common';
import { ApiModule } from './api.module';

export const API_TITLE = 'Linggong 零工快招 API';

/**
 * The document the API serves at /docs-json, built with no database, Redis or port: a
 * preview app resolves the module graph but instantiates no provider.
 */
export async function buildApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(ApiModule, new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  try {
    useApiPrefix(app);
    return openApiDocument(app, API_TITLE);
  } finally {
    await app.close();
  }
}
