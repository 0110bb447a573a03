import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException, Clock, nearSql } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { SHIFT_COLUMNS, toShiftView, type PayUnit, type ShiftRow } from '@app/listings';
import { CandidatesService } from '../offers/candidates/candidates.service';
import { recommend, RECOMMENDATION_LIMIT } from './recommendation-rules';
import type { RecommendationsView } from './recommendation.view';

/** Shifts near the post looked at before the rules pick; far more than the 20 shown. */
export const CANDIDATE_SHIFTS = 200;

interface PostRow {
  id: string;
  worker_id: string;
  status: 'open' | 'closed';
  trade_codes: string[];
  lat: number;
  lng: number;
  available_from: Date;
  available_to: Date;
  min_pay_unit: PayUnit | null;
  min_pay_fen: number | null;
  max_travel_km: number | null;
}

export function workerPostNotFound(): AppException {
  return new AppException(ErrorCode.NOT_FOUND, {
    message: { zh: '求职信息不存在', en: 'No such worker post' },
  });
}

/**
 * Reverse matching: open shifts recommended for a worker post (求职信息). SQL narrows
 * by what it indexes — open with seats left, one of the post's trades, the whole
 * shift inside the post's availability window, within the worker's max travel
 * distance of the post's area (`nearSql`, GiST) — then the matcher's own facts,
 * eligibility rules and score (`CandidatesService.assess`) decide and rank, with the
 * post's area standing in for the worker's live position.
 */
@Injectable()
export class RecommendationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly candidates: CandidatesService,
    private readonly clock: Clock,
  ) {}

  async forPost(userId: string, postId: string): Promise<RecommendationsView> {
    const post = await this.ownPost(userId, postId);
    // A closed post no longer looks for work; a post always has a profile behind it.
    if (post.status !== 'open' || post.max_travel_km === null) return { items: [] };
    const near = nearSql('s', { lat: '$1', lng: '$2', radiusM: '$3' });
    const found: { id: string }[] = await this.db.query(
      `SELECT s.id FROM shifts s
        WHERE s.status = 'open' AND s.filled < s.headcount AND s.trade_code = ANY($4::text[])
          AND s.starts_at >= $5 AND s.ends_at <= $6 AND s.starts_at > $7 AND ${near.within}
        ORDER BY ${near.distanceKm}, s.id LIMIT ${CANDIDATE_SHIFTS}`,
      [
        post.lat,
        post.lng,
        post.max_travel_km * 1000,
        post.trade_codes,
        post.available_from,
        post.available_to,
        this.clock.now(),
      ],
    );
    return this.rank(
      post.worker_id,
      found.map((r) => r.id),
      { lat: post.lat, lng: post.lng },
      post.max_travel_km,
      post.min_pay_unit && post.min_pay_fen !== null
        ? { unit: post.min_pay_unit, fen: post.min_pay_fen }
        : null,
    );
  }

  /**
   * Shifts (found by the caller's SQL) ranked for a worker standing at `from`: the
   * matcher's own facts, eligibility rules and score, then the recommendation rules.
   */
  async rank(
    workerId: string,
    shiftIds: string[],
    from: { lat: number; lng: number },
    maxTravelKm: number,
    minPay: { unit: PayUnit; fen: number } | null,
  ): Promise<RecommendationsView> {
    if (shiftIds.length === 0) return { items: [] };
    const rows: ShiftRow[] = await this.db.query(
      `SELECT ${SHIFT_COLUMNS} FROM shifts s JOIN employer_profiles ep ON ep.user_id = s.employer_id
        WHERE s.id = ANY($1::uuid[])`,
      [shiftIds],
    );
    const shifts = new Map(rows.map((r) => [r.id, r]));
    const assessed = await this.candidates.assess(workerId, shiftIds, from, maxTravelKm);
    const chosen = recommend(
      assessed.flatMap((a) => {
        const s = shifts.get(a.shiftId);
        if (!s) return [];
        return [
          {
            ...a,
            startsAt: new Date(s.starts_at),
            endsAt: new Date(s.ends_at),
            pay: { unit: s.pay_unit, fen: s.pay_fen },
          },
        ];
      }),
      minPay,
      RECOMMENDATION_LIMIT,
    );
    return {
      items: chosen.map((c) => ({
        shift: toShiftView(shifts.get(c.shiftId)!),
        distanceKm: c.distanceKm,
        score: c.score,
      })),
    };
  }

  private async ownPost(userId: string, postId: string): Promise<PostRow> {
    const [post]: PostRow[] = await this.db.query(
      `SELECT p.id, p.worker_id, p.status, p.trade_codes, p.lat, p.lng, p.available_from,
              p.available_to, p.min_pay_unit, p.min_pay_fen, wp.max_travel_km
         FROM worker_posts p LEFT JOIN worker_profiles wp ON wp.user_id = p.worker_id
        WHERE p.id = $1`,
      [postId],
    );
    if (!post) throw workerPostNotFound();
    if (post.worker_id !== userId) {
      throw new AppException(ErrorCode.FORBIDDEN, {
        message: {
          zh: '只能查看自己求职信息的推荐岗位',
          en: 'Only the author of a post sees its recommendations',
        },
      });
    }
    return post;
  }
}
