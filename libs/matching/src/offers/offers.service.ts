import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '@app/accounts';
import {
  AppException,
  Clock,
  decodeCursor,
  idempotentTransaction,
  Page,
  PageQueryDto,
  toPage,
} from '@app/common';
import { ErrorCode, OfferCloseReason } from '@app/contracts';
import { toShanghaiIso } from '@app/listings';
import { AssignmentView } from '../seats/assignment.view';
import { claimedView, SeatsService } from '../seats/seats.service';
import { recordCommitment } from '@app/commitments';
import { OfferStatus } from './domain/offer-status';
import { offerClosed } from './offer-events';
import { closeOffer } from './offer-writes';
import { OFFER_COLUMNS, OfferDetailView, OfferRow, OfferView, toOfferView } from './offer.view';
import { recordEvents } from '@app/events';

interface OfferRef {
  id: string;
  shift_id: string;
  worker_id: string;
  status: OfferStatus;
  close_reason: OfferCloseReason | null;
  expires_at: Date;
}

export function offerNotFound(): AppException {
  return new AppException(ErrorCode.NOT_FOUND, {
    message: { zh: '邀约不存在', en: 'No such offer' },
  });
}

/**
 * A worker answers an offer. Accepting claims a seat (SeatsService) and closes the offer
 * in the same transaction; any failure rolls both back. Outcomes of a failed accept:
 * - past expiresAt (even before the sweeper saw it): the offer becomes expired (with
 *   offer.closed, so the matcher moves on) and the answer is 409 OFFER_EXPIRED;
 * - the shift is full or no longer open: the offer is closed as revoked (reason filled,
 *   or revoked) since it can never succeed, and the answer is 409 SHIFT_FULL / SHIFT_NOT_OPEN;
 * - the worker is booked at that time: 409 WORKER_BUSY and the offer stays pending (they
 *   may cancel the other booking and accept before it expires).
 */
@Injectable()
export class OffersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly seats: SeatsService,
    private readonly clock: Clock,
  ) {}

  async accept(workerId: string, id: string): Promise<AssignmentView> {
    const now = this.clock.now();
    // The offer as the transaction read it: the failure paths below close it.
    let offer: OfferRef | undefined;
    try {
      // One transaction from the first read to the seat (with a retried request's key).
      return await idempotentTransaction(this.db, async (tx) => {
        offer = await this.ownOffer(workerId, id, tx);
        this.assertAnswerable(offer);
        if (offer.expires_at.getTime() <= now.getTime()) {
          throw new AppException(ErrorCode.OFFER_EXPIRED);
        }
        const seat = await this.seats.claim(tx, {
          shiftId: offer.shift_id,
          workerId,
          source: 'offer',
          offerId: offer.id,
          now,
        });
        // The claim accepted the offer with its seat (and its offer.closed event). Closed
        // between our read and the seat (expired, declined on another phone): undo all.
        if (!seat.offerAccepted) {
          this.assertAnswerable(await this.ownOffer(workerId, id, tx), true);
        }
        await recordCommitment(tx, {
          userId: workerId,
          role: 'worker',
          kind: 'accept',
          subjectId: offer.shift_id,
          at: now,
        });
        // A seat just claimed has nothing more to show than the claim returned: no read-back.
        return claimedView(seat, workerId, 'offer');
      });
    } catch (error) {
      // The failure rolled everything back; an offer that can never succeed closes now.
      if (offer?.status === 'pending' && error instanceof AppException) {
        if (error.code === ErrorCode.OFFER_EXPIRED) {
          await this.close(offer, 'expired', 'expired', now);
        } else if (error.code === ErrorCode.SHIFT_FULL) {
          await this.close(offer, 'revoked', 'filled', now);
        } else if (error.code === ErrorCode.SHIFT_NOT_OPEN) {
          await this.close(offer, 'revoked', 'revoked', now);
        }
      }
      throw error;
    }
  }

  async decline(workerId: string, id: string): Promise<OfferView> {
    const offer = await this.ownOffer(workerId, id);
    this.assertAnswerable(offer);
    const closed = await this.close(offer, 'declined', 'declined', this.clock.now());
    if (!closed) this.assertAnswerable(await this.ownOffer(workerId, id), true);
    return this.view(id);
  }

  /** The worker's pending offers that have not expired, newest first. */
  async pendingFor(workerId: string, q: PageQueryDto): Promise<Page<OfferView>> {
    const params: unknown[] = [workerId, this.clock.now()];
    let clause = '';
    if (q.cursor !== undefined) {
      const key = decodeCursor<{ t: string; id: string }>(q.cursor, { t: 'string', id: 'string' });
      if (!/^\d{4}-\d\d-\d\d[ T][\d:.+-]+$/.test(key.t) || !isUUID(key.id)) {
        throw AppException.forField(ErrorCode.INVALID_CURSOR, 'cursor', {
          zh: '分页游标无效',
          en: 'not a cursor we gave out',
        });
      }
      clause = `AND (o.created_at, o.id) < ($3::timestamptz, $4::uuid)`;
      params.push(key.t, key.id);
    }
    const rows = await this.db.query<OfferRow[]>(
      `SELECT ${OFFER_COLUMNS} FROM offers o JOIN shifts s ON s.id = o.shift_id
        WHERE o.worker_id = $1 AND o.status = 'pending' AND o.expires_at > $2 ${clause}
        ORDER BY o.created_at DESC, o.id DESC LIMIT ${q.limit + 1}`,
      params,
    );
    return toPage(rows, q.limit, toOfferView, (r) => ({ t: r.created_key, id: r.id }));
  }

  async view(id: string, db: DataSource | EntityManager = this.db): Promise<OfferView> {
    const [row] = await db.query<OfferRow[]>(
      `SELECT ${OFFER_COLUMNS} FROM offers o JOIN shifts s ON s.id = o.shift_id WHERE o.id = $1`,
      [id],
    );
    return toOfferView(row!);
  }

  /**
   * One offer with its score breakdown: for the worker it was made to, the owner of
   * the shift (their own shift, so nothing about other workers) and admins; 403 for
   * anyone else, 404 when there is no such offer.
   */
  async detail(user: AuthUser, id: string): Promise<OfferDetailView> {
    const [row] = await this.db.query<
      (OfferRow & {
        worker_id: string;
        employer_id: string;
        source: string;
        wave: number;
        close_reason: string | null;
        created_at: Date;
        closed_at: Date | null;
      })[]
    >(
      `SELECT ${OFFER_COLUMNS}, o.worker_id, s.employer_id, o.source, o.wave, o.close_reason,
              o.created_at, o.closed_at
         FROM offers o JOIN shifts s ON s.id = o.shift_id WHERE o.id = $1`,
      [id],
    );
    if (!row) throw offerNotFound();
    const allowed =
      row.worker_id === user.id || row.employer_id === user.id || user.roles.includes('admin');
    if (!allowed) {
      throw new AppException(ErrorCode.FORBIDDEN, {
        message: { zh: '无权查看此邀约', en: 'You may not see this offer' },
      });
    }
    return {
      ...toOfferView(row),
      workerId: row.worker_id,
      source: row.source,
      wave: row.wave,
      distanceKm: row.distance_km,
      closeReason: row.close_reason,
      createdAt: toShanghaiIso(new Date(row.created_at)),
      closedAt: row.closed_at ? toShanghaiIso(new Date(row.closed_at)) : null,
    };
  }

  /** Closes a still-pending offer with its event; false when it was already closed. */
  private async close(
    offer: OfferRef,
    status: OfferStatus,
    reason: OfferCloseReason,
    now: Date,
  ): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      if (!(await closeOffer(tx, offer.id, status, reason, now))) return false;
      await recordEvents(tx, [offerClosed(ref(offer), reason)]);
      return true;
    });
  }

  /** The offer, when it was made to this worker (403 when to another, 404 when none). */
  private async ownOffer(
    workerId: string,
    id: string,
    runner: Pick<EntityManager, 'query'> = this.db,
  ): Promise<OfferRef> {
    const [row] = await runner.query<OfferRef[]>(
      `SELECT id, shift_id, worker_id, status, close_reason, expires_at FROM offers WHERE id = $1`,
      [id],
    );
    if (!row) throw offerNotFound();
    if (row.worker_id !== workerId) {
      throw new AppException(ErrorCode.FORBIDDEN, {
        message: { zh: '这不是您的邀约', en: 'This offer is not yours' },
      });
    }
    return { ...row, expires_at: new Date(row.expires_at) };
  }

  /** 409 with the code that says why a closed offer cannot be answered. */
  private assertAnswerable(offer: OfferRef, closedAnyway = false): void {
    if (offer.status === 'pending' && !closedAnyway) return;
    if (offer.status === 'expired') throw new AppException(ErrorCode.OFFER_EXPIRED);
    if (offer.status === 'revoked') {
      throw new AppException(
        offer.close_reason === 'filled' ? ErrorCode.SHIFT_FULL : ErrorCode.SHIFT_NOT_OPEN,
      );
    }
    throw new AppException(ErrorCode.ILLEGAL_TRANSITION, {
      message: {
        zh: `邀约已${offer.status === 'accepted' ? '接受' : '拒绝'}`,
        en: `The offer was already ${offer.status}`,
      },
    });
  }
}

const ref = (o: OfferRef) => ({ id: o.id, shiftId: o.shift_id, workerId: o.worker_id });
