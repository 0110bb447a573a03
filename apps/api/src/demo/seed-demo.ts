import { createHash } from 'node:crypto';
import { Client } from 'pg';
import type { AppConfig } from '@app/common';
import { isSameShanghaiDay, shanghaiDayStart } from '@app/listings';
import { DEMO_MARKETS, OPENING_HOURS } from './demo-markets';
import { DEMO_ADMIN_PHONE, DEMO_EMPLOYERS, DEMO_OPERATORS, DEMO_WORKERS } from './demo-people';
import { DEMO_SHIFTS, DemoShift } from './demo-shifts';
import { seedDemoFair } from './demo-fair';

/** Stable ids (UUID v5-shaped, from a name), so running the seed twice adds nothing. */
export function demoId(name: string): string {
  const hex = createHash('sha1').update(`linggong-demo:${name}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** When a demo shift starts, relative to the seed time, in Asia/Shanghai. */
export function demoStart(shift: DemoShift, now: Date): Date {
  if (shift.startsInHours !== undefined) {
    const nextHour = Math.ceil(now.getTime() / 3_600_000) * 3_600_000;
    return new Date(nextHour + shift.startsInHours * 3_600_000);
  }
  const [h, m] = (shift.tomorrowAt ?? '08:00').split(':').map(Number) as [number, number];
  const today = shanghaiDayStart(now).getTime();
  return new Date(today + 86_400_000 + (h * 60 + m) * 60_000);
}

async function upsertUser(db: Client, phone: string, role: string): Promise<string> {
  await db.query(
    `INSERT INTO users (phone, roles) VALUES ($1, ARRAY[$2]) ON CONFLICT (phone) DO NOTHING`,
    [phone, role],
  );
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM users WHERE phone = $1`, [phone]);
  return rows[0]!.id;
}

/** Inserts the demo data; rows that exist already are left as they are. Returns rows added. */
export async function seedDemo(
  config: Pick<AppConfig, 'DATABASE_URL'>,
  now = new Date(),
): Promise<number> {
  const db = new Client({ connectionString: config.DATABASE_URL });
  await db.connect();
  let added = 0;
  const count = (r: { rowCount: number | null }) => (added += r.rowCount ?? 0);
  try {
    await db.query('BEGIN');
    for (const m of DEMO_MARKETS) {
      count(
        await db.query(
          `INSERT INTO markets (id, kind, name, district, address, lat, lng, opening_hours, trades, contact_phone, integrity)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11) ON CONFLICT (id) DO NOTHING`,
          [
            demoId(`market:${m.key}`),
            m.kind,
            m.name,
            m.district,
            m.address,
            m.lat,
            m.lng,
            JSON.stringify(OPENING_HOURS[m.hours]),
            m.trades,
            m.contactPhone,
            m.integrity,
          ],
        ),
      );
    }
    const employerIds = new Map<string, string>();
    for (const e of DEMO_EMPLOYERS) {
      const id = await upsertUser(db, e.phone, 'employer');
      employerIds.set(e.key, id);
      count(
        await db.query(
          `INSERT INTO employer_profiles (user_id, name, kind, contact_name, contact_phone)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id) DO NOTHING`,
          [id, e.name, e.kind, e.contactName, e.phone],
        ),
      );
    }
    for (const w of DEMO_WORKERS) {
      const id = await upsertUser(db, w.phone, 'worker');
      const profile = await db.query(
        `INSERT INTO worker_profiles (user_id, name, home_district, home_lat, home_lng, max_travel_km, min_pay_unit, min_pay_fen)
         VALUES ($1, $2, $3, $4, $5, 15, 'hour', $6) ON CONFLICT (user_id) DO NOTHING`,
        [id, w.name, w.district, w.lat, w.lng, w.minPayFen],
      );
      count(profile);
      if (!profile.rowCount) continue;
      for (const [code, level] of w.trades) {
        await db.query(
          `INSERT INTO worker_trades (user_id, trade_code, level) VALUES ($1, $2, $3)`,
          [id, code, level],
        );
      }
    }
    for (const o of DEMO_OPERATORS) {
      const id = await upsertUser(db, o.phone, 'operator');
      count(
        await db.query(
          `INSERT INTO market_operators (market_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [demoId(`market:${o.market}`), id],
        ),
      );
    }
    await upsertUser(db, DEMO_ADMIN_PHONE, 'admin');
    for (const s of DEMO_SHIFTS) {
      const employer = DEMO_EMPLOYERS.find((e) => e.key === s.employer)!;
      const startsAt = demoStart(s, now);
      const endsAt = new Date(startsAt.getTime() + s.durationHours * 3_600_000);
      count(
        await db.query(
          `INSERT INTO shifts (id, employer_id, title, trade_code, description, lat, lng, address, district,
             starts_at, ends_at, pay_unit, pay_fen, headcount, instant, auto_confirm, market_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, false, $16)
           ON CONFLICT (id) DO NOTHING`,
          [
            demoId(`shift:${s.key}`),
            employerIds.get(s.employer),
            s.title,
            s.tradeCode,
            s.description,
            employer.lat,
            employer.lng,
            employer.address,
            employer.district,
            startsAt,
            endsAt,
            s.payUnit,
            s.payFen,
            s.headcount,
            isSameShanghaiDay(startsAt, now),
            s.market ? demoId(`market:${s.market}`) : null,
          ],
        ),
      );
    }
    await seedDemoFair(
      db,
      { demoId, userId: (phone) => upsertUser(db, phone, 'operator') },
      employerIds,
      now,
      count,
    );
    await db.query('COMMIT');
    return added;
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}

/** On first start: load the demo data when the directory of markets is still empty. */
export async function seedDemoIfEmpty(config: Pick<AppConfig, 'DATABASE_URL'>): Promise<boolean> {
  const db = new Client({ connectionString: config.DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ any: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM markets) AS any`,
    );
    if (rows[0]?.any) return false;
  } finally {
    await db.end();
  }
  await seedDemo(config);
  return true;
}
