import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config';

/**
 * Where the served web app may load from and connect to. Vant and ECharts set inline
 * styles (style attributes), QR codes are data: images, and the realtime gateway is
 * another origin: REALTIME_PUBLIC_URL, or the page's own host on REALTIME_PORT.
 */
export function contentSecurityPolicy(
  config: Pick<AppConfig, 'REALTIME_PUBLIC_URL' | 'REALTIME_PORT'>,
): Record<string, string[] | null> {
  const realtime = config.REALTIME_PUBLIC_URL
    ? [new URL(config.REALTIME_PUBLIC_URL).origin]
    : [`http://*:${config.REALTIME_PORT}`, `https://*:${config.REALTIME_PORT}`];
  const sockets = realtime.map((origin) => origin.replace(/^http/, 'ws'));
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'", ...realtime, ...sockets],
    workerSrc: ["'self'", 'blob:'],
    manifestSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
    // TLS is the deployment's choice (a hall's LAN may be plain http).
    upgradeInsecureRequests: null,
  };
}

/** Security headers (helmet) with the web app's content security policy. */
export async function registerSecurityHeaders(
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config) },
    // Only this host: the app may live under a city's domain whose other sites are not ours.
    strictTransportSecurity: { maxAge: 15552000, includeSubDomains: false },
  });
}
