import type { ExecutionContext } from '@nestjs/common';
import { AppException } from '../errors/app.exception';
import type { AppConfig } from '../config/app-config';
import { MetricsTokenGuard } from './metrics-token.guard';

function scrape(config: Partial<AppConfig>, authorization?: string): boolean | string {
  const context = {
    switchToHttp: () => ({ getRequest: () => ({ headers: { authorization } }) }),
  } as unknown as ExecutionContext;
  try {
    return new MetricsTokenGuard(config as AppConfig).canActivate(context);
  } catch (error) {
    return (error as AppException).code;
  }
}

describe('who may read /metrics', () => {
  const token = 'prometheus-scrape-token-1';

  it('with METRICS_TOKEN: only a request bearing that token', () => {
    for (const NODE_ENV of ['production', 'development'] as const) {
      expect(scrape({ NODE_ENV, METRICS_TOKEN: token }, `Bearer ${token}`)).toBe(true);
      expect(scrape({ NODE_ENV, METRICS_TOKEN: token })).toBe('UNAUTHENTICATED');
      expect(scrape({ NODE_ENV, METRICS_TOKEN: token }, `Bearer ${token}x`)).toBe(
        'UNAUTHENTICATED',
      );
      expect(scrape({ NODE_ENV, METRICS_TOKEN: token }, token)).toBe('UNAUTHENTICATED');
    }
  });

  it('without one: open on a developer machine, absent in production', () => {
    expect(scrape({ NODE_ENV: 'development', METRICS_TOKEN: '' })).toBe(true);
    expect(scrape({ NODE_ENV: 'production', METRICS_TOKEN: '' }, 'Bearer anything')).toBe(
      'NOT_FOUND',
    );
  });
});
