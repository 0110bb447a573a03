import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EnvSchema } from './env.schema';

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
  if (config.NODE_ENV === 'production') {
    if (config.JWT_ACCESS_SECRET === new EnvSchema().JWT_ACCESS_SECRET) {
      problems.push('JWT_ACCESS_SECRET must be set to a secret of your own in production');
    }
    if (config.AUTH_DEV_CODE) problems.push('AUTH_DEV_CODE must not be set in production');
    if (config.CODE_SENDER === 'log')
      problems.push('CODE_SENDER must name an SMS gateway (aliyun or tencent) in production');
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return Object.freeze(config);
}
