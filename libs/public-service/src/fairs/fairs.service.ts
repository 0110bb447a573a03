import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import type { AuthUser } from '@app/accounts';
import {
  AppException,
  Clock,
  decodeCursor,
  idempotentTransaction,
  type Page,
  toPage,
} from '@app/common';
import { ErrorCode } from '@app/contracts';
import { checkFairWindow } from './fair-rules';
import { FairStaffAccess } from './fair-staff-access';
import { FAIR_SUMMARY_COLUMNS, FairReader, type FairSummaryRow } from './fair-reader';
import type { CreateFairDto, ListFairsQueryDto, UpdateFairDto } from './fair.dto';
import type { FairDetailView, FairView } from './fair.view';

/**
 * Scheduling gig job fairs 零工专场招聘会 (clause 九): a market's operator sets
 * the title and time, may edit or cancel until the fair starts. Two live fairs of
 * one market never overlap (the fairs_no_overlap constraint settles races).
 */
@Injectable()
export class FairsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: FairStaffAccess,
    private readonly reader: FairReader,
    private readonly clock: Clock,
  ) {}

  async schedule(marketId: string, user: AuthUser, dto: CreateFairDto): Promise<FairDetailView> {
    await this.access.openMarket(marketId, user);
    const times = this.checkTimes(new Date(dto.startsAt), new Date(dto.endsAt));
    // One transaction with a retried request's key, the answer read inside it; a deadlock
    // aborts the whole transaction, so overlapAware retries all of it.
    return overlapAware(() =>
      idempotentTransaction(this.db, async (tx) => {
        const [row] = await tx.query<{ id: string }[]>(
          `INSERT INTO fairs (market_id, title, starts_at, ends_at, created_by, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
          [marketId, dto.title.trim(), times.startsAt, times.endsAt, user.id, this.clock.now()],
        );
        return this.reader.detail(row!.id, tx);
      }),
    );
  }

  async update(fairId: string, user: AuthUser, dto: UpdateFairDto): Promise<FairDetailView> {
    const fair = await this.access.fairToRun(fairId, user);
    this.access.assertUpcoming(fair);
    const times = this.checkTimes(
      dto.startsAt ? new Date(dto.startsAt) : fair.starts_at,
      dto.endsAt ? new Date(dto.endsAt) : fair.ends_at,
    );
    // Guarded by starts_at > now in the statement too: a fair that starts meanwhile stays as it was.
    const rows = await overlapAware(() =>
      this.db.query<{ id: string }[]>(
        `UPDATE fairs SET title = $2, starts_at = $3, ends_at = $4, updated_at = $5
          WHERE id = $1 AND status = 'scheduled' AND starts_at > $5 RETURNING id`,
        [fairId, dto.title?.trim() ?? fair.title, times.startsAt, times.endsAt, this.clock.now()],
      ),
    );
    if (rows.length === 0) throw new AppException(ErrorCode.FAIR_STARTED);
    return this.reader.detail(fairId);
  }

  /** Idempotent for a fair already cancelled; 409 FAIR_STARTED once it has begun. */
  async cancel(fairId: string, user: AuthUser): Promise<FairDetailView> {
    const fair = await this.access.fairToRun(fairId, user);
    if (fair.status === 'cancelled') return this.reader.detail(fairId);
    this.access.assertUpcoming(fair);
    const rows = await this.db.query<{ id: string }[]>(
      `UPDATE fairs SET status = 'cancelled', updated_at = $2
        WHERE id = $1 AND starts_at > $2 RETURNING id`,
      [fairId, this.clock.now()],
    );
    if (rows.length === 0) throw new AppException(ErrorCode.FAIR_STARTED);
    return this.reader.detail(fairId);
  }

  /**
   * A market's fairs (public). `current`: not ended yet, soonest first (cancelled
   * ones too, marked, so people who planned to come find out); `past`: latest first.
   */
  async list(marketId: string, q: ListFairsQueryDto): Promise<Page<FairView>> {
    await this.access.assertMarket(marketId);
    const past = q.scope === 'past';
    const after = q.cursor
      ? decodeCursor<{ t: string; id: string }>(q.cursor, { t: 'string', id: 'string' })
      : null;
    const rows = await this.db.query<FairSummaryRow[]>(
      `SELECT ${FAIR_SUMMARY_COLUMNS} FROM fairs f
        WHERE f.market_id = $1
          AND ${past ? 'f.ends_at <= $2' : 'f.ends_at > $2'}
          AND ($3::timestamptz IS NULL OR (f.starts_at, f.id) ${past ? '<' : '>'} ($3::timestamptz, $4::uuid))
        ORDER BY f.starts_at ${past ? 'DESC' : 'ASC'}, f.id ${past ? 'DESC' : 'ASC'}
        LIMIT $5`,
      [marketId, this.clock.now(), after?.t ?? null, after?.id ?? null, q.limit + 1],
    );
    return toPage(
      rows,
      q.limit,
      (r) => this.reader.toView(r),
      (r) => ({ t: new Date(r.starts_at).toISOString(), id: r.id }),
    );
  }

  /** Fairs not yet over in which the employer has a booth: where they may attach shifts. */
  async ofEmployer(user: AuthUser): Promise<{ items: FairView[] }> {
    const rows = await this.db.query<FairSummaryRow[]>(
      `SELECT ${FAIR_SUMMARY_COLUMNS} FROM fairs f
         JOIN fair_employers e ON e.fair_id = f.id AND e.employer_id = $1
        WHERE f.ends_at > $2 AND f.status = 'scheduled'
        ORDER BY f.starts_at, f.id LIMIT 50`,
      [user.id, this.clock.now()],
    );
    return { items: rows.map((r) => this.reader.toView(r)) };
  }

  private checkTimes(startsAt: Date, endsAt: Date): { startsAt: Date; endsAt: Date } {
    const problems = checkFairWindow({ startsAt, endsAt }, this.clock.now());
    if (problems.length) {
      throw new AppException(ErrorCode.INVALID_TIME_WINDOW, {
        details: problems,
        message: problems[0]!.message,
      });
    }
    return { startsAt, endsAt };
  }
}

/**
 * The exclusion constraint's verdict as the contract's 409 FAIR_OVERLAP. Two desks
 * inserting overlapping fairs at once can deadlock inside the GiST exclusion check
 * (each waits for the other's row; PostgreSQL aborts one with 40P01): the statement is
 * run once more, and then meets the survivor's row as a plain 23P01.
 */
async function overlapAware<T>(run: () => Promise<T>, retried = false): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError
      ?.code;
    if (error instanceof QueryFailedError && code === '40P01' && !retried) {
      return overlapAware(run, true);
    }
    if (error instanceof QueryFailedError && code === '23P01') {
      throw AppException.forField(ErrorCode.FAIR_OVERLAP, 'startsAt', {
        zh: '该时段本市场已有招聘会',
        en: 'this market already has a job fair at that time',
      });
    }
    throw error;
  }
}
