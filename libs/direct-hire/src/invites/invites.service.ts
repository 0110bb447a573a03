import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig, AppException, Clock, idempotentTransaction } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { CandidatesService } from '@app/matching';
import { PresenceService } from '@app/matching';
import type { OfferView } from '@app/matching';
import { insertInviteOffer, OffersService } from '@app/matching';
import { offerCreated, offeredShift, type OfferedShiftRow } from '@app/matching';
import { inviteRefusal } from './invite-rules';
import type { CreateInviteDto } from './invite.dto';
import { recordEvents } from '@app/events';

interface ShiftRow extends OfferedShiftRow {
  employer_id: string;
  starts_at: Date;
  ends_at: Date;
  headcount: number;
  filled: number;
  status: string;
}

interface Invitee {
  workerId: string;
  /** Where distance is measured from; null when nothing is known (distance not judged). */
  from: { lat: number; lng: number } | null;
  maxTravelKm: number;
}

const SHIFT_SQL = `SELECT id, employer_id, title, trade_code, lat, lng, address, district, starts_at,
  ends_at, pay_unit, pay_fen, headcount, filled, status FROM shifts WHERE id = $1`;

export function shiftNotFound(): AppException {
  return new AppException(ErrorCode.NOT_FOUND, {
    message: { zh: '岗位不存在', en: 'Shift not found' },
  });
}

/**
 * An employer invites a worker to their shift (reverse matching): an offer like any
 * other — same eligibility rules (except presence), same score, same accept — with
 * source `invite` and a longer time-to-live (INVITE_TTL_SECONDS). The offer and its
 * `offer.created` event commit together; the shift row is locked first (the lock
 * order of every seat move) so the open/seats check holds at the insert. Expiry
 * needs no job of its own: accept refuses an offer past expiresAt, and the matcher's
 * minute sweep expires every overdue pending offer whatever its source.
 */
@Injectable()
export class InvitesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly candidates: CandidatesService,
    private readonly presence: PresenceService,
    private readonly offers: OffersService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invite(employerId: string, shiftId: string, dto: CreateInviteDto): Promise<OfferView> {
    if ((dto.workerId === undefined) === (dto.postId === undefined)) {
      throw AppException.forField(ErrorCode.VALIDATION_FAILED, 'workerId', {
        zh: 'workerId 与 postId 须填且只填一个',
        en: 'give exactly one of workerId and postId',
      });
    }
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.INVITE_TTL_SECONDS * 1000);
    // One transaction with a retried request's key, taken before the checks: a retry must
    // answer what the first invite did, not find its offer and refuse (ALREADY_OFFERED).
    return idempotentTransaction(this.db, async (tx) => {
      const shift = await this.ownShift(tx, employerId, shiftId);
      assertInvitable(shift, now);
      const invitee = await this.invitee(tx, dto);
      const site = { lat: shift.lat, lng: shift.lng };
      const [assessment] = await this.candidates.assess(
        invitee.workerId,
        [shift.id],
        invitee.from ?? site,
        invitee.maxTravelKm,
        tx,
      );
      const refusal = inviteRefusal(assessment!.reasons);
      if (refusal) throw refusal;
      const distanceKm = invitee.from ? assessment!.distanceKm : null;

      const [locked]: ShiftRow[] = await tx.query(`${SHIFT_SQL} FOR UPDATE`, [shift.id]);
      assertInvitable(locked!, now);
      const id = await insertInviteOffer(tx, {
        shiftId: shift.id,
        workerId: invitee.workerId,
        score: assessment!.score,
        distanceKm,
        expiresAt,
        now,
      });
      // Another request offered the same shift to this worker since we looked.
      if (id === undefined) throw new AppException(ErrorCode.ALREADY_OFFERED);
      await recordEvents(tx, [
        offerCreated(
          { id, workerId: invitee.workerId, expiresAt, distanceKm },
          offeredShift(locked!),
        ),
      ]);
      return this.offers.view(id, tx);
    });
  }

  private async ownShift(
    tx: EntityManager,
    employerId: string,
    shiftId: string,
  ): Promise<ShiftRow> {
    const [shift]: ShiftRow[] = await tx.query(SHIFT_SQL, [shiftId]);
    if (!shift) throw shiftNotFound();
    if (shift.employer_id !== employerId) {
      throw new AppException(ErrorCode.FORBIDDEN, {
        message: {
          zh: '只能为自己发布的岗位邀请零工',
          en: 'You can invite only to your own shifts',
        },
      });
    }
    return shift;
  }

  /**
   * The worker and where to measure their distance from: the post's area (a post
   * says where its author wants to work); for a bare worker id, their live position,
   * else the area of their newest open post, else their home (only the distance is
   * ever shown, never the place).
   */
  private async invitee(tx: EntityManager, dto: CreateInviteDto): Promise<Invitee> {
    if (dto.postId !== undefined) {
      const [post]: {
        worker_id: string;
        lat: number;
        lng: number;
        max_travel_km: number | null;
      }[] = await tx.query(
        `SELECT p.worker_id, p.lat, p.lng, wp.max_travel_km FROM worker_posts p
             LEFT JOIN worker_profiles wp ON wp.user_id = p.worker_id WHERE p.id = $1`,
        [dto.postId],
      );
      if (!post) {
        throw AppException.forField(ErrorCode.NOT_FOUND, 'postId', {
          zh: '求职信息不存在',
          en: 'No such worker post',
        });
      }
      return {
        workerId: post.worker_id,
        from: { lat: post.lat, lng: post.lng },
        maxTravelKm: post.max_travel_km ?? 0,
      };
    }
    const workerId = dto.workerId!;
    const [worker]: {
      max_travel_km: number | null;
      home_lat: number | null;
      home_lng: number | null;
      post_lat: number | null;
      post_lng: number | null;
    }[] = await tx.query(
      `SELECT wp.max_travel_km, wp.home_lat, wp.home_lng, post.lat AS post_lat, post.lng AS post_lng
         FROM users u LEFT JOIN worker_profiles wp ON wp.user_id = u.id
         LEFT JOIN LATERAL (SELECT lat, lng FROM worker_posts p WHERE p.worker_id = u.id
                             AND p.status = 'open' ORDER BY p.created_at DESC LIMIT 1) post ON true
        WHERE u.id = $1`,
      [workerId],
    );
    if (!worker) {
      throw AppException.forField(ErrorCode.NOT_FOUND, 'workerId', {
        zh: '零工不存在',
        en: 'No such worker',
      });
    }
    const live = await this.presence.position(workerId);
    const post =
      worker.post_lat !== null && worker.post_lng !== null
        ? { lat: worker.post_lat, lng: worker.post_lng }
        : null;
    const home =
      worker.home_lat !== null && worker.home_lng !== null
        ? { lat: worker.home_lat, lng: worker.home_lng }
        : null;
    return { workerId, from: live ?? post ?? home, maxTravelKm: worker.max_travel_km ?? 0 };
  }
}

/** 409 when the shift takes no more workers: not open (or over), or every seat taken. */
function assertInvitable(shift: ShiftRow, now: Date): void {
  if (shift.status === 'filled' || (shift.status === 'open' && shift.filled >= shift.headcount)) {
    throw new AppException(ErrorCode.SHIFT_FULL);
  }
  if (shift.status !== 'open' || new Date(shift.ends_at).getTime() <= now.getTime()) {
    throw new AppException(ErrorCode.SHIFT_NOT_OPEN);
  }
}
