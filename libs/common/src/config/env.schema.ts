import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;
const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;

/**
 * Every environment variable the processes read, with defaults that work on a
 * developer machine where PostgreSQL and Redis run on localhost.
 */
export class EnvSchema {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/linggong';

  @Matches(/^rediss?:\/\/.+/, { message: 'must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix for every Redis key and BullMQ queue, so runs and tenants never collide. */
  @Matches(/^[a-zA-Z0-9:_-]+$/, { message: 'may hold letters, digits, ":", "_" and "-" only' })
  REDIS_PREFIX = 'lg';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  API_PORT = 3000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  REALTIME_PORT = 3001;

  @IsString()
  HOST = '0.0.0.0';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsString()
  @MinLength(16)
  JWT_ACCESS_SECRET = 'dev-only-access-secret-change-me';

  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(86400)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** Outside production, this code is always accepted (local use, tests, benchmarks). */
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'must be six digits' })
  AUTH_DEV_CODE?: string;

  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(3600)
  OTP_TTL_SECONDS = 300;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  OTP_MAX_ATTEMPTS = 5;

  /** How many codes one phone may request within OTP_SEND_WINDOW_SECONDS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  OTP_SEND_LIMIT = 5;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(86400)
  OTP_SEND_WINDOW_SECONDS = 600;

  /**
   * Where SMS codes go until a real gateway is plugged in: `log` writes them to the
   * log (the code itself only outside production); `memory` keeps them for tests to
   * read back and is refused in production.
   */
  @IsIn(['log', 'memory'])
  CODE_SENDER: 'log' | 'memory' = 'log';

  /** Apply pending migrations when the API starts (under an advisory lock). */
  @Transform(toBool)
  @IsBoolean()
  MIGRATIONS_RUN = true;

  /** Load the demo data when the API starts on an empty database. */
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO_ON_EMPTY = false;

  /**
   * Outside production, freezes the domain clock (`Clock`) at this ISO 8601 instant,
   * e.g. 2026-12-01T01:00:00+08:00; empty means the system clock. Tests and demos use it.
   */
  @ValidateIf((env: EnvSchema) => env.CLOCK_FIXED_AT !== '')
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 instant' })
  CLOCK_FIXED_AT = '';

  /** Public base URL of the web app, used in links and QR codes. */
  @Matches(/^https?:\/\/.+/, { message: 'must be an http(s) URL' })
  PUBLIC_BASE_URL = 'http://localhost:3000';
}
