import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { type AuthUser, normalizePhone } from '@app/accounts';
import { AppException, Clock } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { TradesService } from '@app/listings';
import { FairStaffAccess, type FairRow } from './fair-staff-access';
import { FAIR_SHIFT_COLUMNS, FairReader, type FairShiftRow, toFairShift } from './fair-reader';
import type { AddFairEmployerDto, CreateZoneDto } from './fair.dto';
import type { FairDetailView, FairShiftView } from './fair.view';

/** Shift statuses that may still be shown at a fair (a filled shift may get a seat back). */
const SHOWABLE = ['open', 'filled'];

/**
 * What makes up a fair: zones 专区, the employers taking part (each at a booth in
 * a zone) and the shifts shown there. Set up by the market's operator until the fair
 * ends; a participating employer may attach (and detach) their own shifts.
 */
@Injectable()
export class FairSetupService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: FairStaffAccess,
    private readonly reader: FairReader,
    private readonly trades: TradesService,
    private readonly clock: Clock,
  ) {}

  async addZone(fairId: string, user: AuthUser, dto: CreateZoneDto): Promise<FairDetailView> {
    const fair = await this.access.fairToRun(fairId, user);
    this.access.assertOpenForSetup(fair);
    const codes = [...new Set(dto.tradeCodes)];
    await this.trades.assertKnown(codes, (i) => `tradeCodes[${i}]`);
    await uniqueAware('name', () =>
      this.db.query(`INSERT INTO fair_zones (fair_id, name, trade_codes) VALUES ($1, $2, $3)`, [
        fairId,
        dto.name.trim(),
        codes,
      ]),
    );
    return this.reader.detail(fairId);
  }

  /** Adds an employer at a booth, or moves one already taking part to another zone or booth. */
  async addEmployer(
    fairId: string,
    user: AuthUser,
    dto: AddFairEmployerDto,
  ): Promise<FairDetailView> {
    const fair = await this.access.fairToRun(fairId, user);
    this.access.assertOpenForSetup(fair);
    if (!dto.phone === !dto.employerId) {
      throw AppException.forField(ErrorCode.VALIDATION_FAILED, 'phone', {
        zh: '请填写用工主体的手机号或编号（二选一）',
        en: 'give the employer by phone or by employerId (one of the two)',
      });
    }
    const employerId = await this.findEmployer(dto);
    const [zone] = await this.db.query<{ id: string }[]>(
      `SELECT id FROM fair_zones WHERE id = $1 AND fair_id = $2`,
      [dto.zoneId, fairId],
    );
    if (!zone) {
      throw AppException.forField(ErrorCode.NOT_FOUND, 'zoneId', {
        zh: '本招聘会没有这个专区',
        en: 'no such zone at this fair',
      });
    }
    await uniqueAware('booth', () =>
      this.db.query(
        `INSERT INTO fair_employers (fair_id, employer_id, zone_id, booth) VALUES ($1, $2, $3, $4)
         ON CONFLICT (fair_id, employer_id) DO UPDATE SET zone_id = EXCLUDED.zone_id, booth = EXCLUDED.booth`,
        [fairId, employerId, dto.zoneId, dto.booth.trim()],
      ),
    );
    return this.reader.detail(fairId);
  }

  /** Takes an employer off the fair, with the shifts they showed there (one transaction). */
  async removeEmployer(
    fairId: string,
    user: AuthUser,
    employerId: string,
  ): Promise<FairDetailView> {
    const fair = await this.access.fairToRun(fairId, user);
    this.access.assertOpenForSetup(fair);
    await this.db.transaction(async (tx) => {
      await tx.query(
        `DELETE FROM fair_shifts fs USING shifts s
          WHERE fs.fair_id = $1 AND s.id = fs.shift_id AND s.employer_id = $2`,
        [fairId, employerId],
      );
      await tx.query(`DELETE FROM fair_employers WHERE fair_id = $1 AND employer_id = $2`, [
        fairId,
        employerId,
      ]);
    });
    return this.reader.detail(fairId);
  }

  /**
   * Shows a shift at the fair: by the market's operator, or by the shift's own
   * employer. Either way the employer must take part (409 NOT_AT_FAIR), the shift
   * still be takeable (409 SHIFT_NOT_OPEN) and the fair not over (409 FAIR_CLOSED).
   * Attaching twice is harmless.
   */
  async attachShift(fairId: string, user: AuthUser, shiftId: string): Promise<FairDetailView> {
    const { fair, shift } = await this.shiftAtFair(fairId, user, shiftId);
    this.access.assertOpenForSetup(fair);
    if (!SHOWABLE.includes(shift.status) || shift.ends_at.getTime() <= this.clock.now().getTime()) {
      throw AppException.forField(ErrorCode.SHIFT_NOT_OPEN, 'shiftId', {
        zh: '该岗位已结束或已取消',
        en: 'the shift is over or cancelled',
      });
    }
    // The booth check and the insert in one statement: an employer removed meanwhile attaches nothing.
    const rows = await this.db.query<{ shift_id: string }[]>(
      `INSERT INTO fair_shifts (fair_id, shift_id, attached_by, created_at)
       SELECT $1, $2, $3, $4 WHERE EXISTS
         (SELECT 1 FROM fair_employers WHERE fair_id = $1 AND employer_id = $5)
       ON CONFLICT (fair_id, shift_id) DO UPDATE SET fair_id = EXCLUDED.fair_id
       RETURNING shift_id`,
      [fairId, shiftId, user.id, this.clock.now(), shift.employer_id],
    );
    if (rows.length === 0) throw notAtFair();
    return this.reader.detail(fairId);
  }

  /**
   * Shifts the desk could attach: open or filled, not over, posted by an employer
   * with a booth here and not shown yet; earliest first, at most 50.
   */
  async candidates(fairId: string, user: AuthUser): Promise<{ items: FairShiftView[] }> {
    await this.access.fairToRun(fairId, user);
    const rows = await this.db.query<FairShiftRow[]>(
      `SELECT ${FAIR_SHIFT_COLUMNS}
         FROM fair_employers e JOIN shifts s ON s.employer_id = e.employer_id
        WHERE e.fair_id = $1 AND s.status = ANY($2) AND s.ends_at > $3
          AND NOT EXISTS (SELECT 1 FROM fair_shifts fs WHERE fs.fair_id = $1 AND fs.shift_id = s.id)
        ORDER BY s.starts_at, s.id LIMIT 50`,
      [fairId, SHOWABLE, this.clock.now()],
    );
    return { items: rows.map(toFairShift) };
  }

  async detachShift(fairId: string, user: AuthUser, shiftId: string): Promise<FairDetailView> {
    const { fair } = await this.shiftAtFair(fairId, user, shiftId, false);
    this.access.assertOpenForSetup(fair);
    await this.db.query(`DELETE FROM fair_shifts WHERE fair_id = $1 AND shift_id = $2`, [
      fairId,
      shiftId,
    ]);
    return this.reader.detail(fairId);
  }

  /** The fair and the shift, for the market's operator or the shift's employer (taking part). */
  private async shiftAtFair(
    fairId: string,
    user: AuthUser,
    shiftId: string,
    mustTakePart = true,
  ): Promise<{ fair: FairRow; shift: ShiftRow }> {
    const fair = await this.access.fair(fairId);
    const [shift] = await this.db.query<ShiftRow[]>(
      `SELECT s.id, s.employer_id, s.status, s.ends_at,
              EXISTS (SELECT 1 FROM fair_employers e WHERE e.fair_id = $2 AND e.employer_id = s.employer_id)
                AS at_fair
         FROM shifts s WHERE s.id = $1`,
      [shiftId, fairId],
    );
    if (!shift) {
      throw AppException.forField(ErrorCode.NOT_FOUND, 'shiftId', {
        zh: '岗位不存在',
        en: 'no such shift',
      });
    }
    const runsMarket = await this.access.canRun(fair.market_id, user);
    const ownsShift = user.roles.includes('employer') && shift.employer_id === user.id;
    if (!runsMarket && !ownsShift) {
      // The employer of another shift, or anyone else: not theirs to show.
      throw new AppException(ErrorCode.FORBIDDEN);
    }
    if (mustTakePart && !shift.at_fair) throw notAtFair();
    return { fair, shift };
  }

  private async findEmployer(dto: AddFairEmployerDto): Promise<string> {
    const field = dto.phone ? 'phone' : 'employerId';
    const [row] = await this.db.query<{ id: string }[]>(
      `SELECT u.id FROM users u JOIN employer_profiles ep ON ep.user_id = u.id
        WHERE 'employer' = ANY(u.roles) AND ${dto.phone ? 'u.phone = $1' : 'u.id = $1'}`,
      [dto.phone ? normalizePhone(dto.phone.trim()) : dto.employerId],
    );
    if (!row) {
      throw AppException.forField(ErrorCode.NOT_FOUND, field, {
        zh: '找不到该用工主体（需已注册并填写单位资料）',
        en: 'no employer with a profile found',
      });
    }
    return row.id;
  }
}

interface ShiftRow {
  id: string;
  employer_id: string;
  status: string;
  ends_at: Date;
  at_fair: boolean;
}

function notAtFair(): AppException {
  return AppException.forField(ErrorCode.NOT_AT_FAIR, 'shiftId', {
    zh: '该岗位的用工主体未参加此招聘会，请先为其安排展位',
    en: "the shift's employer does not take part in this fair; give them a booth first",
  });
}

/** A unique key the database refuses, as a 409 naming the field people typed. */
async function uniqueAware<T>(field: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const code = (error as { driverError?: { code?: string } }).driverError?.code;
    if (error instanceof QueryFailedError && code === '23505') {
      throw AppException.forField(ErrorCode.CONFLICT, field, {
        zh: field === 'booth' ? '该展位号已被占用' : '本招聘会已有同名专区',
        en: field === 'booth' ? 'that booth is taken' : 'this fair already has a zone by that name',
      });
    }
    throw error;
  }
}
