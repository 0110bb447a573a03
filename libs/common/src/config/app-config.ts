import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EnvSchema } from './env.schema';
import { productionProblems } from './production-rules';

export class ConfigError extends Error {}

/** The validated, typed configuration. Nothing else reads process.env. */
export type AppConfig = Readonly<EnvSchema>;

const KNOWN_KEYS = Object.keys(new EnvSchema());

/**
 * Reads and validates the environment once. A wrong value throws a ConfigError
 * that names each offending variable, so the process stops with a clear message.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of [...KNOWN_KEYS, 'AUTH_DEV_CODE']) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(EnvSchema, raw);
  const errors = validateSync(config, { forbidUnknownValues: false });
  const problems = errors.map(
    (e) =>
      `${e.property} ${Object.values(e.constraints ?? {}).join('; ')} (got "${String(e.value)}")`,
  );
  if (config.NODE_ENV === 'production') problems.push(...productionProblems(config));
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return Object.freeze(config);
}

/**
 * The JWT secret of a process that signs or verifies tokens. Outside production
 * the config allows it empty (migrations and the CLIs need none), so the auth
 * module asks here and a process that needs one stops with a clear message.
 */
export function requireJwtSecret(config: Pick<AppConfig, 'JWT_ACCESS_SECRET'>): string {
  if (!config.JWT_ACCESS_SECRET) {
    throw new ConfigError(
      'Invalid configuration:\n  - JWT_ACCESS_SECRET is not set: api, realtime and matcher need ' +
        'one shared secret (`npm start` makes one for local use in .data/jwt-secret)',
    );
  }
  return config.JWT_ACCESS_SECRET;
}
