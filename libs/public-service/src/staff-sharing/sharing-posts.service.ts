import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '@app/accounts';
import {
  AppException,
  Clock,
  decodeCursor,
  idempotentTransaction,
  personalDataIn,
  toPage,
} from '@app/common';
import { ErrorCode } from '@app/contracts';
import { shanghaiDate, TradesService } from '@app/listings';
import { mismatch } from './staff-sharing-rules';
import { POST_COLUMNS, POST_FROM, type PostRow, toPostView, toRule } from './staff-sharing.sql';
import type { ListSharingPostsQueryDto, SharingPostDto } from './staff-sharing.dto';
import type { SharingPostListView, SharingPostView } from './staff-sharing.view';

/** Offers of idle staff and requests for hands (共享用工, clause 七). */
@Injectable()
export class SharingPostsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly trades: TradesService,
    private readonly clock: Clock,
  ) {}

  async create(
    employer: AuthUser,
    kind: 'offer' | 'request',
    dto: SharingPostDto,
  ): Promise<SharingPostView> {
    await this.trades.assertKnown([dto.tradeCode], () => 'tradeCode');
    if (dto.endsOn < dto.startsOn) {
      throw AppException.forField(ErrorCode.INVALID_TIME_WINDOW, 'endsOn', {
        zh: '结束日期不能早于开始日期',
        en: 'endsOn cannot be before startsOn',
      });
    }
    if (dto.endsOn < shanghaiDate(this.clock.now())) {
      throw AppException.forField(ErrorCode.INVALID_TIME_WINDOW, 'endsOn', {
        zh: '结束日期已过',
        en: 'endsOn is in the past',
      });
    }
    // The note is shown on public lists (PIPL): no phone or ID numbers in it.
    const personal = personalDataIn(dto.note);
    if (personal) {
      throw AppException.forField(ErrorCode.VALIDATION_FAILED, 'note', {
        zh: '备注会公开展示，请勿填写手机号或身份证号',
        en: `the note is public and ${personal}`,
      });
    }
    // One transaction with a retried request's key; the answer is read inside it.
    return idempotentTransaction(this.db, async (tx) => {
      const [profile] = await tx.query<unknown[]>(
        `SELECT 1 FROM employer_profiles WHERE user_id = $1`,
        [employer.id],
      );
      if (!profile) throw new AppException(ErrorCode.PROFILE_REQUIRED);
      const [row] = await tx.query<{ id: string }[]>(
        `INSERT INTO staff_sharing_posts (employer_id, kind, trade_code, headcount, remaining,
         starts_on, ends_on, district, note, created_at)
       VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          employer.id,
          kind,
          dto.tradeCode,
          dto.headcount,
          dto.startsOn,
          dto.endsOn,
          dto.district,
          dto.note,
          this.clock.now(),
        ],
      );
      return this.one(row!.id, employer.id, tx);
    });
  }

  /** Open posts with people left and days to come, newest first; no personal data. */
  async list(q: ListSharingPostsQueryDto, viewerId: string | null): Promise<SharingPostListView> {
    const after = q.cursor
      ? decodeCursor<{ c: string; id: string }>(q.cursor, { c: 'string', id: 'string' })
      : null;
    const rows = await this.db.query<PostRow[]>(
      `SELECT ${POST_COLUMNS} FROM ${POST_FROM}
        WHERE p.status = 'open' AND p.remaining > 0 AND p.ends_on >= $1::date
          AND ($2::text IS NULL OR p.kind = $2) AND ($3::text IS NULL OR p.trade_code = $3)
          AND ($4::text IS NULL OR p.district = $4)
          AND ($5::timestamptz IS NULL OR (p.created_at, p.id) < ($5::timestamptz, $6::uuid))
        ORDER BY p.created_at DESC, p.id DESC LIMIT $7`,
      [
        shanghaiDate(this.clock.now()),
        q.kind ?? null,
        q.trade ?? null,
        q.district ?? null,
        after?.c ?? null,
        after?.id ?? null,
        q.limit + 1,
      ],
    );
    return toPage(
      rows,
      q.limit,
      (r) => toPostView(r, viewerId),
      (r) => ({ c: new Date(r.created_at).toISOString(), id: r.id }),
    );
  }

  /** The caller's own posts, open or not, newest first (at most 100). */
  async mine(employer: AuthUser): Promise<SharingPostListView> {
    const rows = await this.db.query<PostRow[]>(
      `SELECT ${POST_COLUMNS} FROM ${POST_FROM} WHERE p.employer_id = $1
        ORDER BY p.created_at DESC, p.id DESC LIMIT 100`,
      [employer.id],
    );
    return { items: rows.map((r) => toPostView(r, employer.id)), nextCursor: null };
  }

  /** Open posts of the other kind that match one of mine (same trade, overlapping days). */
  async candidates(employer: AuthUser, postId: string): Promise<SharingPostListView> {
    const mine = await this.owned(this.db, postId, employer.id);
    const rows = await this.db.query<PostRow[]>(
      `SELECT ${POST_COLUMNS} FROM ${POST_FROM}
        WHERE p.status = 'open' AND p.remaining > 0 AND p.kind <> $1 AND p.trade_code = $2
          AND p.employer_id <> $3 AND p.starts_on <= $5::date AND p.ends_on >= $4::date
          AND p.ends_on >= $6::date
        ORDER BY p.created_at DESC, p.id DESC LIMIT 50`,
      [
        mine.kind,
        mine.trade_code,
        employer.id,
        mine.starts_on,
        mine.ends_on,
        shanghaiDate(this.clock.now()),
      ],
    );
    return {
      items: rows
        .filter((r) => mismatch(toRule(mine), toRule(r), 1) === null)
        .map((r) => toPostView(r, employer.id)),
      nextCursor: null,
    };
  }

  async close(employer: AuthUser, postId: string): Promise<SharingPostView> {
    await this.owned(this.db, postId, employer.id);
    await this.db.query(`UPDATE staff_sharing_posts SET status = 'closed' WHERE id = $1`, [postId]);
    return this.one(postId, employer.id);
  }

  async one(
    id: string,
    viewerId: string | null,
    db: DataSource | EntityManager = this.db,
  ): Promise<SharingPostView> {
    const [row] = await db.query<PostRow[]>(
      `SELECT ${POST_COLUMNS} FROM ${POST_FROM} WHERE p.id = $1`,
      [id],
    );
    if (!row) throw new AppException(ErrorCode.NOT_FOUND);
    return toPostView(row, viewerId);
  }

  /** A post of the caller's (404 for anyone else's: their posts are none of the caller's business). */
  async owned(db: DataSource | EntityManager, id: string, employerId: string): Promise<PostRow> {
    const [row] = await db.query<PostRow[]>(
      `SELECT ${POST_COLUMNS} FROM ${POST_FROM} WHERE p.id = $1 AND p.employer_id = $2`,
      [id, employerId],
    );
    if (!row) throw new AppException(ErrorCode.NOT_FOUND);
    return row;
  }
}
