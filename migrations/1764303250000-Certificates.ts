import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The certificate catalogue (证书): the codes a worker profile lists and a shift
 * requires. Until now any code of the right form was taken, so `electrican` or a
 * made-up code could block every worker from a shift. The common ones for gig work:
 * the special operations certificates (特种作业操作证, issued under the emergency
 * management department: electrician, welding, work at height), the special equipment
 * operator certificates (特种设备作业人员证: forklift N1, crane Q), driving licences,
 * the health certificate food and public-place workers need, and trade certificates.
 * Codes are stable and match what the web app already offered; a certificate is
 * retired (active = false), never renamed.
 */
const CERTIFICATES: [code: string, zh: string, en: string][] = [
  ['health_cert', '健康证', 'Health certificate'],
  ['electrician_license', '电工证（特种作业操作证）', 'Electrician licence (special operations)'],
  ['welder_license', '焊工证（特种作业操作证）', 'Welding licence (special operations)'],
  ['work_at_height', '高处作业证（特种作业操作证）', 'Work at height (special operations)'],
  ['forklift_license', '叉车证（特种设备作业人员证 N1）', 'Forklift licence (N1)'],
  ['crane_operator', '起重机操作证（特种设备作业人员证 Q）', 'Crane operator licence (Q)'],
  ['driver_license', '驾驶证 C1', 'Driving licence C1'],
  ['driver_license_b2', '驾驶证 B2（货车）', 'Driving licence B2 (trucks)'],
  ['driver_license_a2', '驾驶证 A2（牵引车）', 'Driving licence A2 (tractor-trailers)'],
  ['security_guard_cert', '保安员证', 'Security guard certificate'],
  ['fire_facility_operator', '消防设施操作员证', 'Fire facility operator certificate'],
  ['food_safety', '食品安全培训证', 'Food safety training'],
  ['caregiver_cert', '养老护理员证', 'Elderly caregiver certificate'],
  ['childcare_cert', '育婴员证', 'Childcare certificate'],
];

export class Certificates1764303250000 implements MigrationInterface {
  name = 'Certificates1764303250000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE certificates (
        code varchar(40) PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
        name_zh text NOT NULL UNIQUE,
        name_en text NOT NULL,
        sort_order int NOT NULL,
        active boolean NOT NULL DEFAULT true
      )`);
    for (const [index, [code, zh, en]] of CERTIFICATES.entries()) {
      await q.query(
        `INSERT INTO certificates (code, name_zh, name_en, sort_order) VALUES ($1, $2, $3, $4)`,
        [code, zh, en, index + 1],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certificates`);
  }
}
