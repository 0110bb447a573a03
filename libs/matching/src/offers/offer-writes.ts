import type { EntityManager } from 'typeorm';
import { updateReturning } from '@app/common';
import type { OfferCloseReason } from '@app/contracts';
import type { OfferStatus } from './domain/offer-status';

/**
 * Every write to `offers` (one writer per table, docs/table-owners.md): offers/ answers
 * and expires offers and sends waves, seats/ closes a shift's pending offers when it fills,
 * is cancelled or ends, and direct-hire inserts invites and operator placements. Each runs
 * in the caller's transaction, after the caller has locked the shift row (lock order: the
 * shift first); the caller records the events.
 */

/** An offer closed by a shift-wide move: who is told. */
export interface ClosedOffer {
  id: string;
  worker_id: string;
}

/** Closes one offer if it is still pending; whether it was. */
export async function closeOffer(
  tx: EntityManager,
  offerId: string,
  status: OfferStatus,
  reason: OfferCloseReason,
  now: Date,
): Promise<boolean> {
  const rows = await updateReturning<unknown>(
    tx,
    `UPDATE offers SET status = $2, close_reason = $3, closed_at = $4
      WHERE id = $1 AND status = 'pending' RETURNING id`,
    [offerId, status, reason, now],
  );
  return rows.length > 0;
}

/** Expires those of these offers still pending; the ones it closed. */
export function expireOffers(
  tx: EntityManager,
  offerIds: string[],
  now: Date,
): Promise<{ id: string; shift_id: string; worker_id: string }[]> {
  return updateReturning(
    tx,
    `UPDATE offers SET status = 'expired', close_reason = 'expired', closed_at = $2
      WHERE id = ANY($1::uuid[]) AND status = 'pending' RETURNING id, shift_id, worker_id`,
    [offerIds, now],
  );
}

/** What a seat claim did to the shift's pending offers. */
export interface SettledOffers {
  /** The claimant's own offer was pending and is now accepted. */
  accepted: boolean;
  /** The last seat went: the other pending offers, revoked as `filled`. */
  revoked: ClosedOffer[];
}

/**
 * A seat was claimed: the claimant's offer (when there is one and it is still pending) is
 * accepted and, when that was the last seat, every other pending offer of the shift is
 * revoked as `filled`, in one statement (it was two). The caller holds the shift row.
 */
export async function settleOffersOnClaim(
  tx: EntityManager,
  shiftId: string,
  offerId: string | null,
  filled: boolean,
  now: Date,
): Promise<SettledOffers> {
  if (offerId === null && !filled) return { accepted: false, revoked: [] };
  const rows = await updateReturning<ClosedOffer & { status: OfferStatus }>(
    tx,
    `UPDATE offers
        SET status = CASE WHEN id = $2::uuid THEN 'accepted' ELSE 'revoked' END,
            close_reason = CASE WHEN id = $2::uuid THEN 'accepted' ELSE 'filled' END,
            closed_at = $4
      WHERE shift_id = $1 AND status = 'pending' AND (id = $2::uuid OR $3::boolean)
      RETURNING id, worker_id, status`,
    [shiftId, offerId, filled, now],
  );
  return {
    accepted: rows.some((r) => r.status === 'accepted'),
    revoked: rows
      .filter((r) => r.status === 'revoked')
      .map(({ id, worker_id }) => ({ id, worker_id })),
  };
}

/** The shift was cancelled or can no longer be taken: its pending offers are revoked. */
export function revokePendingOffers(
  tx: EntityManager,
  shiftId: string,
  now: Date,
): Promise<ClosedOffer[]> {
  return updateReturning<ClosedOffer>(
    tx,
    `UPDATE offers SET status = 'revoked', close_reason = 'revoked', closed_at = $2
      WHERE shift_id = $1 AND status = 'pending' RETURNING id, worker_id`,
    [shiftId, now],
  );
}

export interface WaveOffer {
  workerId: string;
  score: unknown;
  distanceKm: number | null;
}

/**
 * One wave's offers; a worker already offered this shift is skipped (ON CONFLICT), so a
 * retried wave never offers twice. The rows inserted, in no particular order.
 *
 * The wave ranks without a lock on the shift, so the insert itself takes one (FOR SHARE)
 * and re-checks that seats are open: a seat claim that filled the shift meanwhile either
 * committed first (nothing is inserted) or waits until these offers commit and then
 * revokes them with the rest (settleOffersOnClaim). No offer stays pending on a full shift,
 * which is what lets the matcher drop a filled shift's expiry jobs.
 */
export async function insertWaveOffers(
  tx: EntityManager,
  shiftId: string,
  chosen: WaveOffer[],
  o: { wave: number; source: string; now: Date; expiresAt: Date },
): Promise<{ id: string; worker_id: string; distance_km: number | null }[]> {
  return tx.query(
    `INSERT INTO offers (shift_id, worker_id, wave, source, score, distance_km, expires_at, created_at, status)
     SELECT $1::uuid, c.worker_id, $2::int, $3::varchar, c.score, c.distance_km, $4::timestamptz,
            $5::timestamptz, 'pending'
       FROM unnest($6::uuid[], $7::jsonb[], $8::float8[]) AS c(worker_id, score, distance_km)
      WHERE EXISTS (SELECT 1 FROM shifts s
                     WHERE s.id = $1::uuid AND s.status = 'open' AND s.filled < s.headcount
                       FOR SHARE)
     ON CONFLICT (shift_id, worker_id) DO NOTHING
     RETURNING id, worker_id, distance_km`,
    [
      shiftId,
      o.wave,
      o.source,
      o.expiresAt,
      o.now,
      chosen.map((c) => c.workerId),
      chosen.map((c) => JSON.stringify(c.score)),
      chosen.map((c) => c.distanceKm),
    ],
  );
}

export interface InviteOffer {
  shiftId: string;
  workerId: string;
  score: unknown;
  distanceKm: number | null;
  expiresAt: Date;
  now: Date;
}

/** An employer's invite (wave 0, source invite); undefined when the worker was already offered. */
export async function insertInviteOffer(
  tx: EntityManager,
  i: InviteOffer,
): Promise<string | undefined> {
  const inserted: { id: string }[] = await tx.query(
    `INSERT INTO offers (shift_id, worker_id, wave, source, score, distance_km, expires_at, created_at)
     VALUES ($1, $2, 0, 'invite', $3::jsonb, $4, $5, $6)
     ON CONFLICT (shift_id, worker_id) DO NOTHING RETURNING id`,
    [i.shiftId, i.workerId, JSON.stringify(i.score), i.distanceKm, i.expiresAt, i.now],
  );
  return inserted[0]?.id;
}

export interface OperatorOffer {
  shiftId: string;
  workerId: string;
  score: unknown;
  distanceKm: number | null;
  now: Date;
}

/**
 * A desk operator's placement of a walk-in: an offer recorded as already accepted
 * (source operator); undefined when the worker was already offered this shift.
 */
export async function insertOperatorOffer(
  tx: EntityManager,
  o: OperatorOffer,
): Promise<string | undefined> {
  const [offer] = await tx.query<{ id: string }[]>(
    `INSERT INTO offers (shift_id, worker_id, wave, source, status, close_reason, score,
                         distance_km, expires_at, closed_at, created_at)
     VALUES ($1, $2, 0, 'operator', 'accepted', 'accepted', $3::jsonb, $4, $5, $5, $5)
     ON CONFLICT (shift_id, worker_id) DO NOTHING RETURNING id`,
    [o.shiftId, o.workerId, JSON.stringify(o.score ?? {}), o.distanceKm, o.now],
  );
  return offer?.id;
}
