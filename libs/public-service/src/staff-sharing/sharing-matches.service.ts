import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '@app/accounts';
import { AppException, Clock, idempotentTransaction } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { toShanghaiIso } from '@app/listings';
import { agreementTerms, mismatch, overlap, type MismatchReason } from './staff-sharing-rules';
import { POST_COLUMNS, POST_FROM, type PostRow, toRule } from './staff-sharing.sql';
import { SharingPostsService } from './sharing-posts.service';
import type { ProposeMatchDto } from './staff-sharing.dto';
import type { SharingMatchListView, SharingMatchView } from './staff-sharing.view';

interface MatchRow {
  id: string;
  offer_id: string;
  request_id: string;
  headcount: number;
  proposed_by: string;
  counterpart_id: string;
  status: string;
  terms: string;
  proposer_accepted_at: Date;
  counterpart_accepted_at: Date | null;
  created_at: Date;
}

const MISMATCH_TEXT: Record<MismatchReason, { zh: string; en: string }> = {
  same_kind: { zh: '须一条供给、一条需求', en: 'one must be an offer and the other a request' },
  same_employer: { zh: '不能与本单位自己的信息对接', en: 'both posts are yours' },
  different_trade: { zh: '工种不同', en: 'the trades differ' },
  no_overlap: { zh: '时间没有重叠', en: 'the dates do not overlap' },
  closed: { zh: '信息已关闭', en: 'a post is closed' },
  not_enough: { zh: '剩余人数不足', en: 'not enough people left' },
};

/**
 * Proposals between an offer and a request, and the agreements they become. People
 * are committed only when the other side accepts: then, in one transaction, both
 * posts' `remaining` fall by the headcount under a row lock and a CHECK (>= 0), so
 * two acceptances racing for the last shared worker cannot both succeed.
 */
@Injectable()
export class SharingMatchesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly posts: SharingPostsService,
    private readonly clock: Clock,
  ) {}

  async propose(employer: AuthUser, dto: ProposeMatchDto): Promise<SharingMatchView> {
    // One transaction with a retried request's key; the answer is read inside it.
    return idempotentTransaction(this.db, async (m) => {
      const mine = await this.posts.owned(m, dto.myPostId, employer.id);
      const [other] = await m.query<PostRow[]>(
        `SELECT ${POST_COLUMNS} FROM ${POST_FROM} WHERE p.id = $1`,
        [dto.otherPostId],
      );
      if (!other)
        throw AppException.forField(ErrorCode.NOT_FOUND, 'otherPostId', {
          zh: '对方信息不存在',
          en: 'no such post',
        });
      const reason = mismatch(toRule(mine), toRule(other), dto.headcount);
      if (reason) {
        const code =
          reason === 'not_enough'
            ? ErrorCode.STAFF_SHARING_NOT_ENOUGH
            : reason === 'closed'
              ? ErrorCode.STAFF_SHARING_NOT_OPEN
              : ErrorCode.STAFF_SHARING_NO_MATCH;
        throw AppException.forField(
          code,
          reason === 'not_enough' ? 'headcount' : 'otherPostId',
          MISMATCH_TEXT[reason],
        );
      }
      const [offer, request] = mine.kind === 'offer' ? [mine, other] : [other, mine];
      const days = overlap(toRule(offer), toRule(request))!;
      const terms = agreementTerms({
        lender: offer.employer_name ?? '',
        borrower: request.employer_name ?? '',
        tradeName: offer.trade_name_zh,
        headcount: dto.headcount,
        from: days.from,
        to: days.to,
        district: request.district,
        note: dto.note,
      });
      const now = this.clock.now();
      const [row] = await m.query<{ id: string }[]>(
        `INSERT INTO staff_sharing_matches (offer_id, request_id, headcount, proposed_by, counterpart_id,
         terms, proposer_accepted_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
        [offer.id, request.id, dto.headcount, employer.id, other.employer_id, terms, now],
      );
      return this.view(m, row!.id, employer.id);
    });
  }

  async accept(employer: AuthUser, id: string): Promise<SharingMatchView> {
    // One transaction with a retried request's key.
    return idempotentTransaction(this.db, async (m) => {
      const match = await this.lockProposed(m, id, employer.id, 'counterpart');
      // Lock both posts in one order (by id) so that two acceptances never deadlock.
      for (const postId of [match.offer_id, match.request_id].sort()) {
        // An UPDATE answers [rows, affectedCount] through TypeORM.
        const [, affected]: [unknown[], number] = await m.query(
          `UPDATE staff_sharing_posts SET remaining = remaining - $2
            WHERE id = $1 AND status = 'open' AND remaining >= $2`,
          [postId, match.headcount],
        );
        if (affected === 0) {
          const [post] = await m.query<{ status: string }[]>(
            `SELECT status FROM staff_sharing_posts WHERE id = $1`,
            [postId],
          );
          throw new AppException(
            post?.status === 'open'
              ? ErrorCode.STAFF_SHARING_NOT_ENOUGH
              : ErrorCode.STAFF_SHARING_NOT_OPEN,
          );
        }
      }
      await m.query(
        `UPDATE staff_sharing_matches SET status = 'agreed', counterpart_accepted_at = $2 WHERE id = $1`,
        [id, this.clock.now()],
      );
      return this.view(m, id, employer.id);
    });
  }

  async decline(employer: AuthUser, id: string): Promise<SharingMatchView> {
    return this.db.transaction(async (m) => {
      const match = await this.lockProposed(m, id, employer.id, 'either');
      const status = match.proposed_by === employer.id ? 'withdrawn' : 'declined';
      await m.query(`UPDATE staff_sharing_matches SET status = $2, closed_at = $3 WHERE id = $1`, [
        id,
        status,
        this.clock.now(),
      ]);
      return this.view(m, id, employer.id);
    });
  }

  async mine(employer: AuthUser): Promise<SharingMatchListView> {
    const rows = await this.db.query<{ id: string }[]>(
      `SELECT id FROM staff_sharing_matches WHERE proposed_by = $1 OR counterpart_id = $1
        ORDER BY created_at DESC, id DESC LIMIT 100`,
      [employer.id],
    );
    const items: SharingMatchView[] = [];
    for (const r of rows) items.push(await this.view(this.db, r.id, employer.id));
    return { items };
  }

  private async lockProposed(
    m: EntityManager,
    id: string,
    employerId: string,
    who: 'counterpart' | 'either',
  ): Promise<MatchRow> {
    const [match] = await m.query<MatchRow[]>(
      `SELECT * FROM staff_sharing_matches WHERE id = $1 AND (proposed_by = $2 OR counterpart_id = $2) FOR UPDATE`,
      [id, employerId],
    );
    if (!match) throw new AppException(ErrorCode.NOT_FOUND);
    if (who === 'counterpart' && match.counterpart_id !== employerId) {
      throw new AppException(ErrorCode.FORBIDDEN, {
        message: {
          zh: '须由对方单位确认',
          en: 'The other employer accepts a proposal, not its proposer',
        },
      });
    }
    if (match.status !== 'proposed') throw new AppException(ErrorCode.STAFF_SHARING_NOT_OPEN);
    return match;
  }

  private async view(
    db: DataSource | EntityManager,
    id: string,
    viewerId: string,
  ): Promise<SharingMatchView> {
    const [match] = await db.query<MatchRow[]>(
      `SELECT * FROM staff_sharing_matches WHERE id = $1`,
      [id],
    );
    if (!match) throw new AppException(ErrorCode.NOT_FOUND);
    const otherId = match.proposed_by === viewerId ? match.counterpart_id : match.proposed_by;
    const [contact] =
      match.status === 'agreed'
        ? await db.query<{ name: string; contact_name: string; contact_phone: string | null }[]>(
            `SELECT name, contact_name, contact_phone FROM employer_profiles WHERE user_id = $1`,
            [otherId],
          )
        : [];
    return {
      id: match.id,
      status: match.status,
      headcount: match.headcount,
      terms: match.terms,
      myRole: match.proposed_by === viewerId ? 'proposer' : 'counterpart',
      offer: await this.posts.one(match.offer_id, viewerId, db),
      request: await this.posts.one(match.request_id, viewerId, db),
      proposerAcceptedAt: toShanghaiIso(match.proposer_accepted_at),
      counterpartAcceptedAt: match.counterpart_accepted_at
        ? toShanghaiIso(match.counterpart_accepted_at)
        : null,
      // Once agreed, each side may call the other: that is what the agreement is for.
      otherContact: contact
        ? {
            employerName: contact.name,
            contactName: contact.contact_name,
            contactPhone: contact.contact_phone,
          }
        : null,
      createdAt: toShanghaiIso(match.created_at),
    };
  }
}
