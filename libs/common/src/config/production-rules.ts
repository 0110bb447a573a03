import type { EnvSchema } from './env.schema';

/** Shortest JWT_ACCESS_SECRET production accepts: 32 characters, 256 bits for HS256 at best. */
export const MIN_PRODUCTION_SECRET_LENGTH = 32;

/**
 * Secrets anyone can read: the old development default, the old docker-compose.yml
 * default, and values people type when asked for "a secret". Compared lower-cased.
 */
const KNOWN_SECRETS = [
  'dev-only-access-secret-change-me',
  'change-me-in-production-please',
  'changeme',
  'change-me',
  'secret',
  'jwt-secret',
  'jwt_secret',
  'your-secret',
  'your-secret-key',
  'supersecret',
  'password',
  'linggong',
];

/** Whether `secret` is a published or an obvious value (whatever its length). */
export function isKnownSecret(secret: string): boolean {
  const s = secret.trim().toLowerCase();
  if (KNOWN_SECRETS.includes(s)) return true;
  if (/change.?me|example|placeholder|dev-only|^x+$/.test(s)) return true;
  // One character repeated, or a run like 0123456789abcdef…: no secret at all.
  return new Set(s).size <= 2;
}

/**
 * What production refuses (NODE_ENV=production): a missing, short or known JWT
 * secret, and every switch that exists for local use and tests — the fixed SMS code,
 * codes kept in memory, a frozen clock, demo data. Returns one line per problem.
 */
export function productionProblems(
  config: Pick<
    EnvSchema,
    | 'JWT_ACCESS_SECRET'
    | 'AUTH_DEV_CODE'
    | 'CODE_SENDER'
    | 'CLOCK_FIXED_AT'
    | 'CLOCK_OFFSET_MS'
    | 'SEED_DEMO_ON_EMPTY'
  >,
): string[] {
  const problems: string[] = [];
  const secret = config.JWT_ACCESS_SECRET;
  if (!secret) {
    problems.push('JWT_ACCESS_SECRET must be set in production (e.g. `openssl rand -hex 32`)');
  } else if (secret.length < MIN_PRODUCTION_SECRET_LENGTH) {
    problems.push(
      `JWT_ACCESS_SECRET must be at least ${MIN_PRODUCTION_SECRET_LENGTH} characters in production`,
    );
  } else if (isKnownSecret(secret)) {
    problems.push('JWT_ACCESS_SECRET is a published or obvious value; set a random one');
  }
  if (config.AUTH_DEV_CODE) problems.push('AUTH_DEV_CODE must not be set in production');
  if (config.CODE_SENDER === 'memory') {
    problems.push('CODE_SENDER=memory is for tests and must not be used in production');
  }
  if (config.CODE_SENDER === 'log') {
    problems.push('CODE_SENDER must name an SMS gateway (aliyun or tencent) in production');
  }
  if (config.CLOCK_FIXED_AT) problems.push('CLOCK_FIXED_AT must not be set in production');
  if (config.CLOCK_OFFSET_MS) problems.push('CLOCK_OFFSET_MS must not be set in production');
  if (config.SEED_DEMO_ON_EMPTY) {
    problems.push('SEED_DEMO_ON_EMPTY must not be true in production (demo data has an admin)');
  }
  return problems;
}
