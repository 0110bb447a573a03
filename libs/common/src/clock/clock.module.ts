import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { Clock, FixedClock } from './clock';

/** The system clock, or a fixed one when CLOCK_FIXED_AT is set outside production. */
export function clockFor(config: Pick<AppConfig, 'NODE_ENV' | 'CLOCK_FIXED_AT'>): Clock {
  if (!config.CLOCK_FIXED_AT) return new Clock();
  // A frozen clock in production would silently break every time-based rule.
  if (config.NODE_ENV === 'production') {
    throw new Error('CLOCK_FIXED_AT must not be set in production');
  }
  return new FixedClock(new Date(config.CLOCK_FIXED_AT));
}

@Global()
@Module({
  providers: [{ provide: Clock, inject: [APP_CONFIG], useFactory: clockFor }],
  exports: [Clock],
})
export class ClockModule {}
