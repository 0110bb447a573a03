import 'reflect-metadata';
import { DataSource } from 'typeorm';
import {
  ConfigError,
  createDatabaseIfMissing,
  dataSourceOptions,
  loadConfig,
  maskPhone,
  runMigrations,
} from '@app/common';
import { isMainlandMobile, normalizePhone } from '@app/accounts';
import { upsertUserWithRole } from '@app/accounts';

const USAGE = 'usage: npm run admin:create -- --phone 13800000000';

/** A mistake in how the command was called: message and usage, exit code 1. */
class UsageError extends Error {}

function phoneArgument(argv: string[]): string {
  const inline = argv.find((a) => a.startsWith('--phone='));
  const index = argv.indexOf('--phone');
  const raw = inline ? inline.slice('--phone='.length) : index >= 0 ? argv[index + 1] : undefined;
  if (raw === undefined || raw.startsWith('--')) {
    throw new UsageError(`缺少 --phone / --phone is required\n${USAGE}`);
  }
  const phone = normalizePhone(raw);
  if (!isMainlandMobile(phone)) {
    throw new UsageError(
      `手机号格式不正确 / not a mainland mobile number (11 digits, 13x–19x): ${maskPhone(raw)}\n${USAGE}`,
    );
  }
  return phone;
}

/**
 * `npm run admin:create -- --phone 13800000000` makes that phone an admin,
 * creating the account (and the database, and its schema) when missing. The
 * admin then signs in as role "admin" with an SMS code.
 */
async function main(argv: string[]): Promise<void> {
  const phone = phoneArgument(argv);
  const config = loadConfig();
  await createDatabaseIfMissing(config.DATABASE_URL);
  await runMigrations(config);
  const db = new DataSource(dataSourceOptions(config));
  await db.initialize();
  try {
    const before = await db.query(`SELECT roles FROM users WHERE phone = $1`, [phone]);
    const wasAdmin = Boolean(before[0]?.roles?.includes('admin'));
    const user = await upsertUserWithRole(db, phone, 'admin');
    const outcome = user.created
      ? 'created 已创建'
      : wasAdmin
        ? 'already an admin 已是管理员'
        : 'promoted 已授予管理员';
    process.stdout.write(
      `admin ${maskPhone(user.phone)}: ${outcome} (id ${user.id}, roles ${user.roles.join(',')})\n`,
    );
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof UsageError || error instanceof ConfigError;
  console.error(known ? error.message : error);
  process.exit(1);
});
