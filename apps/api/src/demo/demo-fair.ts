import type { Client } from 'pg';

/**
 * A gig job fair 零工专场招聘会 (clause 九) at the 金州区 hall, running from the hour the
 * demo is loaded for ten hours, so its board (/board/<金州区 market>) shows the fair
 * view on a first `npm start`; the other halls keep their usual board.
 */
export const DEMO_FAIR = {
  market: 'jinzhou',
  operatorPhone: '17000002002',
  title: '金州区秋冬季零工专场招聘会',
  hours: 10,
  zones: [
    { name: '装卸分拣专区', trades: ['loader', 'sorter'], employer: 'logistics', booth: 'A01' },
    { name: '生产加工专区', trades: ['assembler', 'packer'], employer: 'factory', booth: 'B01' },
  ],
  shifts: ['logistics-load', 'logistics-sort', 'factory-assembly', 'factory-pack'],
} as const;

type Count = (r: { rowCount: number | null }) => void;

/** Inserts the demo fair with its zones, booths and shifts; rows that exist are left alone. */
export async function seedDemoFair(
  db: Client,
  ids: { demoId: (name: string) => string; userId: (phone: string) => Promise<string> },
  employerIds: Map<string, string>,
  now: Date,
  count: Count,
): Promise<void> {
  const fairId = ids.demoId('fair:jinzhou');
  const operator = await ids.userId(DEMO_FAIR.operatorPhone);
  const startsAt = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  const endsAt = new Date(startsAt.getTime() + DEMO_FAIR.hours * 3_600_000);
  count(
    await db.query(
      `INSERT INTO fairs (id, market_id, title, starts_at, ends_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [
        fairId,
        ids.demoId(`market:${DEMO_FAIR.market}`),
        DEMO_FAIR.title,
        startsAt,
        endsAt,
        operator,
      ],
    ),
  );
  for (const [i, zone] of DEMO_FAIR.zones.entries()) {
    const zoneId = ids.demoId(`fair:jinzhou:zone:${zone.name}`);
    count(
      await db.query(
        `INSERT INTO fair_zones (id, fair_id, name, trade_codes, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO NOTHING`,
        // Zones show in the order they were made: keep the listed order.
        [zoneId, fairId, zone.name, zone.trades, new Date(now.getTime() + i)],
      ),
    );
    count(
      await db.query(
        `INSERT INTO fair_employers (fair_id, employer_id, zone_id, booth) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [fairId, employerIds.get(zone.employer), zoneId, zone.booth],
      ),
    );
  }
  for (const shift of DEMO_FAIR.shifts) {
    count(
      await db.query(
        `INSERT INTO fair_shifts (fair_id, shift_id, attached_by) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [fairId, ids.demoId(`shift:${shift}`), operator],
      ),
    );
  }
}
