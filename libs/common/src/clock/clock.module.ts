import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { Clock, FixedClock, OffsetClock } from './clock';

/**
 * The system clock; outside production, a fixed one (CLOCK_FIXED_AT) or a running one
 * shifted by CLOCK_OFFSET_MS.
 */
export function clockFor(
  config: Pick<AppConfig, 'NODE_ENV' | 'CLOCK_FIXED_AT'> &
    Partial<Pick<AppConfig, 'CLOCK_OFFSET_MS'>>,
): Clock {
  const offset = config.CLOCK_OFFSET_MS ?? 0;
  if (!config.CLOCK_FIXED_AT && !offset) return new Clock();
  // A frozen or shifted clock in production would silently break every time-based rule.
  if (config.NODE_ENV === 'production') {
    throw new Error('CLOCK_FIXED_AT and CLOCK_OFFSET_MS must not be set in production');
  }
  if (config.CLOCK_FIXED_AT && offset) {
    throw new Error('set CLOCK_FIXED_AT or CLOCK_OFFSET_MS, not both');
  }
  if (offset) return new OffsetClock(offset);
  return new FixedClock(new Date(config.CLOCK_FIXED_AT));
}

@Global()
@Module({
  providers: [{ provide: Clock, inject: [APP_CONFIG], useFactory: clockFor }],
  exports: [Clock],
})
export class ClockModule {}
