import { randomUUID } from 'node:crypto';
import { INestApplication, RequestMethod, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter';
import { validationException } from '../errors/validation-errors';
import { MetricsService } from '../metrics/metrics.service';
import { loadConfig } from '../config/app-config';
import { registerSecurityHeaders } from './security-headers';
import { trustProxyOption } from './trust-proxy';
import { ContractValidationPipe } from './contract-validation.pipe';
import { clientErrorHandler, frameworkErrors } from './framework-errors';
import { useJsonBodyParser } from './json-body';
import { refuseNullBytes } from './null-bytes';

export const API_PREFIX = 'api/v1';
/** Bodies over 1 MB answer 413 PAYLOAD_TOO_LARGE. */
const BODY_LIMIT = 1_048_576;

export interface HttpAppOptions {
  title: string;
  /** Serve OpenAPI at /docs (JSON at /docs-json). */
  docs?: boolean;
  /** Runs before the app initialises: the last moment Fastify plugins and routes can be added. */
  beforeInit?: (app: NestFastifyApplication) => Promise<void>;
}

/**
 * Builds a Fastify-backed Nest app with everything the contract promises on
 * every endpoint: the /api/v1 prefix, strict validation, the error shape,
 * request metrics, JSON logs, OpenAPI and graceful shutdown. Used by main.ts
 * and by the tests, so that tests run exactly what production runs.
 */
export async function createHttpApp(
  rootModule: Type<unknown>,
  options: HttpAppOptions,
): Promise<NestFastifyApplication> {
  const config = loadConfig();
  const adapter = new FastifyAdapter({
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    bodyLimit: BODY_LIMIT,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    frameworkErrors,
    clientErrorHandler,
  });
  const app = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  await registerSecurityHeaders(app, config);
  useApiPrefix(app);
  app.useGlobalPipes(
    new ContractValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // JSON already has types: "false" stays a string and is refused, never read as true.
      // Query fields convert explicitly (QueryNumber, QueryBoolean).
      transformOptions: { enableImplicitConversion: false },
      exceptionFactory: validationException,
      validationError: { target: false, value: false },
    }),
  );
  app.useGlobalFilters(new AllExceptionsFilter());
  useJsonBodyParser(app, BODY_LIMIT);
  refuseNullBytes(app);
  echoRequestId(app);
  recordRequestMetrics(app);
  if (options.docs) serveOpenApi(app, options.title);
  await options.beforeInit?.(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** The request id (from X-Request-Id or new) goes back to the client and into every log line. */
function echoRequestId(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      const safe = /^[\w-]{1,64}$/.test(request.id) ? request.id : randomUUID();
      (request.raw as { id?: string }).id = safe;
      void reply.header('x-request-id', safe);
    });
}

function recordRequestMetrics(app: NestFastifyApplication): void {
  const metrics = app.get(MetricsService);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', async (request, reply) => {
      metrics.httpDuration.observe(
        {
          method: request.method,
          route: request.routeOptions.url ?? 'unmatched',
          status: String(reply.statusCode),
        },
        reply.elapsedTime / 1000,
      );
    });
}

/** Every route under /api/v1 but the probes, which load balancers and Prometheus know by name. */
export function useApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.ALL },
      { path: 'metrics', method: RequestMethod.ALL },
    ],
  });
}

/**
 * The OpenAPI document of the app's routes. Reads only decorators and the module graph, so
 * it works on an app created with `preview: true` too (scripts/gen-web-types.ts).
 */
export function openApiDocument(app: INestApplication, title: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(title)
    .setDescription('Linggong 零工快招 public API. Errors: { error: { code, message, details } }.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}

function serveOpenApi(app: INestApplication, title: string): void {
  const document = openApiDocument(app, title);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
