import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsBBoxSetting } from '../geo/bbox';
import { DALIAN_SERVICE_AREA_SETTING } from '../geo/dalian-districts.geo';

const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;
const toNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
const isSmsProvider = (env: { CODE_SENDER: string }) =>
  env.CODE_SENDER === 'aliyun' || env.CODE_SENDER === 'tencent';
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

  /**
   * Signs access tokens; api, realtime and matcher must share it. No default: production
   * refuses a missing, short (< 32) or well-known one (see app-config's jwt-secret rules);
   * `npm start` makes a random one for local use (kept in .data/jwt-secret).
   */
  @ValidateIf((env: EnvSchema) => env.JWT_ACCESS_SECRET !== '')
  @IsString()
  @MinLength(16)
  JWT_ACCESS_SECRET = '';

  /** Life of an access token. Short values (a few seconds) are for tests of expiry. */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(86400)
  JWT_ACCESS_TTL_SECONDS = 900;

  /**
   * How long the guard may trust its cached copy of an account's roles and status
   * (Redis). Changes made through the API drop the copy at once; this bounds anything else
   * (SQL behind the API's back). Five minutes: a worker who accepts an offer a minute after
   * opening the app costs no account read (issue 14's seat-claim budget of 2 transactions).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(300)
  AUTH_ACCOUNT_CACHE_SECONDS = 300;

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
  @IsIn(['log', 'memory', 'aliyun', 'tencent'])
  CODE_SENDER: 'log' | 'memory' | 'aliyun' | 'tencent' = 'log';

  // --- SMS gateway (CODE_SENDER=aliyun or tencent; docs/sms.md) ---
  /** Alibaba Cloud AccessKey ID, or Tencent Cloud SecretId. */
  @ValidateIf((env: EnvSchema) => isSmsProvider(env))
  @IsString()
  @MinLength(1, { message: 'is required when CODE_SENDER is aliyun or tencent' })
  SMS_ACCESS_KEY_ID = '';

  /** Alibaba Cloud AccessKey secret, or Tencent Cloud SecretKey. */
  @ValidateIf((env: EnvSchema) => isSmsProvider(env))
  @IsString()
  @MinLength(1, { message: 'is required when CODE_SENDER is aliyun or tencent' })
  SMS_ACCESS_KEY_SECRET = '';

  /** The approved SMS signature (签名), e.g. 零工快招. */
  @ValidateIf((env: EnvSchema) => isSmsProvider(env))
  @IsString()
  @MinLength(1, { message: 'is required when CODE_SENDER is aliyun or tencent' })
  SMS_SIGN_NAME = '';

  /** The approved template: Aliyun's TemplateCode (SMS_…) with ${code}, or Tencent's TemplateId with {1}. */
  @ValidateIf((env: EnvSchema) => isSmsProvider(env))
  @IsString()
  @MinLength(1, { message: 'is required when CODE_SENDER is aliyun or tencent' })
  SMS_TEMPLATE_CODE = '';

  /** Tencent Cloud only: the SMS SdkAppId (a number like 1400…). */
  @ValidateIf((env: EnvSchema) => env.CODE_SENDER === 'tencent')
  @Matches(/^\d+$/, { message: 'is required when CODE_SENDER is tencent (the SMS SdkAppId)' })
  SMS_SDK_APP_ID = '';

  /** The provider's region; empty means cn-hangzhou (Aliyun) or ap-guangzhou (Tencent). */
  @IsString()
  SMS_REGION = '';

  /**
   * Overrides the provider's API endpoint (host or http(s) URL) for tests and private
   * deployments; empty means the public one (dysmsapi.aliyuncs.com, sms.tencentcloudapi.com).
   */
  @IsString()
  SMS_ENDPOINT = '';

  /** A send that takes longer than this fails (503 SMS_UNAVAILABLE); the user can ask again. */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  @Max(60000)
  SMS_TIMEOUT_MS = 5000;

  /** Codes one client IP may request within OTP_IP_WINDOW_SECONDS (a hall's NAT shares one IP). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000000)
  OTP_IP_LIMIT = 60;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(86400)
  OTP_IP_WINDOW_SECONDS = 3600;

  /** Codes the whole service sends per minute and per hour: a ceiling on the SMS bill. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000000)
  OTP_GLOBAL_PER_MINUTE = 300;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000000)
  OTP_GLOBAL_PER_HOUR = 5000;

  /**
   * Which proxies to believe for the client IP in X-Forwarded-For (rate limits are per IP):
   * empty believes none (the socket's address), `true` all, a number that many hops, or a
   * comma-separated list of proxy addresses/CIDRs.
   */
  @IsString()
  TRUST_PROXY = '';

  /** Public reads (boards, shift and worker-post search, the directory) one IP may make per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000000)
  PUBLIC_READ_LIMIT = 600;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86400)
  PUBLIC_READ_WINDOW_SECONDS = 60;

  /**
   * Bearer token that /metrics requires. Empty: /metrics is open outside production and
   * disabled (404) in production.
   */
  @ValidateIf((env: EnvSchema) => env.METRICS_TOKEN !== '')
  @MinLength(16)
  METRICS_TOKEN = '';

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

  /**
   * Outside production, shifts the domain clock by this many milliseconds from the
   * system clock (negative goes back). Unlike CLOCK_FIXED_AT the clock still moves, so
   * spawned apps of one test stand at the same chosen hour while BullMQ delays and Redis
   * TTLs, which use real time, keep their lengths. 0 means the system clock.
   */
  @Transform(toInt)
  @IsInt()
  CLOCK_OFFSET_MS = 0;

  /**
   * 即时快招: an instant shift must start within this many hours of posting (clause (九)'s
   * 当日面试到岗 read as a rolling window, not the calendar day).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24)
  INSTANT_WINDOW_HOURS = 12;

  /** Location check-in: how far (metres) from the site a worker may stand. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(5000)
  CHECKIN_RADIUS_M = 300;

  /**
   * The service area, "south,west,north,east" in WGS-84 degrees: every location a
   * shift, market, worker profile, worker post or presence carries must lie inside
   * it (Dalian's by default). The district boxes are data in libs/common/src/geo.
   */
  @IsBBoxSetting()
  SERVICE_AREA = DALIAN_SERVICE_AREA_SETTING;

  /** How many minutes before a shift's start check-in opens (on the shift's day only). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(720)
  CHECKIN_EARLY_MINUTES = 60;

  /** Life of one rotating check-in code; the previous code is still accepted. */
  @Transform(toInt)
  @IsInt()
  @Min(15)
  @Max(3600)
  CHECKIN_CODE_PERIOD_SECONDS = 120;

  /** A cancellation within this many hours of the start is late (a credit event). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(168)
  LATE_CANCEL_HOURS = 2;

  /** A confirmed worker not checked in by start + this many minutes is a no-show. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(720)
  NO_SHOW_GRACE_MINUTES = 30;

  /**
   * The shift's employer may dispute the hours recorded at check-out for this many hours
   * after it (POST /assignments/:id/dispute-hours); later the recorded hours stand.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(720)
  HOURS_DISPUTE_HOURS = 48;

  /**
   * Published outbox events are deleted this long after publishing (the matcher's minute
   * sweep): consumers that fall further behind rebuild from the stored state anyway.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 90)
  OUTBOX_KEEP_HOURS = 24;

  /**
   * An Idempotency-Key is remembered this long (the matcher's minute sweep deletes older
   * ones): a retry within it gets the first answer, a later one is a new request.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 90)
  IDEMPOTENCY_KEEP_HOURS = 24;

  /** A worker online counts as present this long after their last heartbeat (sent every ~30 s). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3600)
  PRESENCE_TTL_SECONDS = 90;

  /** Public base URL of the web app, used in links and QR codes. */
  @Matches(/^https?:\/\/.+/, { message: 'must be an http(s) URL' })
  PUBLIC_BASE_URL = 'http://localhost:3000';

  /**
   * Where browsers reach the realtime gateway, e.g. https://rt.example.gov.cn; empty means
   * the web page's own host on REALTIME_PORT (one machine, or a proxy that keeps ports).
   */
  @ValidateIf((env: EnvSchema) => env.REALTIME_PUBLIC_URL !== '')
  @Matches(/^https?:\/\/.+/, { message: 'must be an http(s) URL or empty' })
  REALTIME_PUBLIC_URL = '';

  /** The built web app (npm run build:web) that the API serves; relative to the working directory. */
  @IsString()
  WEB_DIR = 'dist/web';

  /** A hall's board shows open shifts within this distance of the market (and those posted to it). */
  @Transform(toNumber)
  @IsNumber()
  @Min(0.1)
  @Max(100)
  BOARD_RADIUS_KM = 10;

  /** At most this many shifts on a board (nearest first); a TV screen holds only so many. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  BOARD_MAX_SHIFTS = 50;

  // --- Matching waves (the matcher process) ---

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  MATCHER_PORT = 3002;

  /** How long an offer stays open before it expires and the next wave goes out. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  OFFER_TTL_SECONDS = 90;

  /** An employer's invite (邀请) waits longer than a wave's offer: the worker need not be online. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  INVITE_TTL_SECONDS = 1800;

  /** A wave offers this many workers per open seat (rounded up). */
  @Transform(toNumber)
  @IsNumber()
  @Min(1)
  @Max(10)
  WAVE_SIZE_FACTOR = 2;

  /** First search radius around the site, and how it grows when candidates run out. */
  @Transform(toNumber)
  @IsNumber()
  @Min(0.1)
  @Max(100)
  MATCH_RADIUS_KM = 5;

  @Transform(toNumber)
  @IsNumber()
  @Min(1.1)
  @Max(10)
  RADIUS_GROWTH = 1.6;

  @Transform(toNumber)
  @IsNumber()
  @Min(0.1)
  @Max(500)
  MATCH_RADIUS_MAX_KM = 30;

  /** First waves of shifts posted within this window are assigned jointly (batched strategy). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10000)
  BATCH_WINDOW_MS = 250;

  /**
   * greedy: each shift's first wave takes its best candidates at once. batched: first
   * waves posted within BATCH_WINDOW_MS are planned jointly. The quality benchmark found
   * no gain from batching on a simulated morning rush (docs/performance.md), so greedy,
   * the simpler one, is the default.
   */
  @IsIn(['batched', 'greedy'])
  MATCH_STRATEGY: 'batched' | 'greedy' = 'greedy';

  /**
   * A matcher that dies holding a job or an unacknowledged event loses it to
   * another matcher after this long.
   */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  @Max(600000)
  MATCHER_LOCK_MS = 10000;

  /** Events a dead realtime node read but never delivered pass to another node after this idle time. */
  @Transform(toInt)
  @IsInt()
  @Min(200)
  @Max(600000)
  REALTIME_CLAIM_IDLE_MS = 5000;

  /** Open sockets one user may hold at once, across every realtime node (excess refused at the handshake). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  REALTIME_MAX_SOCKETS_PER_USER = 5;

  /** Client events one socket may send per second (token bucket; bursts up to the same number). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  REALTIME_EVENTS_PER_SECOND = 10;

  /** socket.io connection state recovery: a drop shorter than this resumes with its rooms and missed packets. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600000)
  REALTIME_RECOVERY_MS = 120000;

  /** How far back (stream entries) a reconnect looks for the client's lastEventId before sending a snapshot instead. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(1000000)
  REALTIME_REPLAY_SCAN = 20000;

  // --- The public-service side (issue 7); each part adds its settings under its own heading ---
  // --- registration and the working-day calendar (clause 六) ---
  /** Flexible-employment registrations are answered within this many working days (clause 六: 7). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60)
  REGISTRATION_DUE_WORKING_DAYS = 7;

  // --- credit (clause 十八) ---
  /** A worker whose credit score is below this gets no instant-hire (即时快招) offers and cannot take an instant shift. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1000)
  CREDIT_INSTANT_MIN = 60;

  /** A shift posted by an employer whose credit score is below this is held for staff review (pending_review). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1000)
  CREDIT_REVIEW_BELOW = 60;

  // --- statistics (clause 三) ---
  // --- fairs, staff sharing, agreements (clauses 七, 九, 十四) ---
}
