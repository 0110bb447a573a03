import type { EntityManager } from 'typeorm';
import { AppException } from '@app/common';
import { ErrorCode } from '@app/contracts';
import type { PayUnit } from './domain/work-record';
import { AssignmentStatus, canAssignmentTransition } from './domain/assignment-status';
import type { SeatsService } from './seats.service';

interface LockedRow {
  id: string;
  shift_id: string;
  worker_id: string;
  employer_id: string;
  status: AssignmentStatus;
  check_in_at: Date | null;
  starts_at: Date;
  ends_at: Date;
  lat: number;
  lng: number;
  pay_unit: PayUnit;
  pay_fen: number;
}

/** An assignment with the shift facts its life needs, read under lock. */
export interface LockedAssignment {
  id: string;
  shiftId: string;
  workerId: string;
  employerId: string;
  status: AssignmentStatus;
  startsAt: Date;
  endsAt: Date;
  lat: number;
  lng: number;
  payUnit: PayUnit;
  payFen: number;
  checkInAt: Date | null;
}

export type Side = 'worker' | 'employer';

export function assignmentNotFound(): AppException {
  return new AppException(ErrorCode.NOT_FOUND, {
    message: { zh: '派工记录不存在', en: 'No such assignment' },
  });
}

/**
 * Locks the shift row and then the assignment (matching's lock order, so no deadlock
 * with a concurrent claim or shift cancellation) and checks who may act on it.
 */
export async function lockAssignment(
  tx: EntityManager,
  seats: SeatsService,
  id: string,
  userId: string,
  allowed: readonly Side[],
): Promise<LockedAssignment & { side: Side }> {
  const [ref] = await tx.query<{ shift_id: string }[]>(
    `SELECT shift_id FROM assignments WHERE id = $1`,
    [id],
  );
  if (!ref) throw assignmentNotFound();
  await seats.lockShift(tx, ref.shift_id);
  const [r] = await tx.query<LockedRow[]>(
    `SELECT a.id, a.shift_id, a.worker_id, a.status, a.check_in_at, s.employer_id, s.starts_at,
            s.ends_at, s.lat, s.lng, s.pay_unit, s.pay_fen
       FROM assignments a JOIN shifts s ON s.id = a.shift_id
      WHERE a.id = $1 FOR UPDATE OF a`,
    [id],
  );
  const a: LockedAssignment = {
    id: r!.id,
    shiftId: r!.shift_id,
    workerId: r!.worker_id,
    employerId: r!.employer_id,
    status: r!.status,
    startsAt: new Date(r!.starts_at),
    endsAt: new Date(r!.ends_at),
    lat: r!.lat,
    lng: r!.lng,
    payUnit: r!.pay_unit,
    payFen: r!.pay_fen,
    checkInAt: r!.check_in_at ? new Date(r!.check_in_at) : null,
  };
  const side: Side | undefined =
    a.workerId === userId ? 'worker' : a.employerId === userId ? 'employer' : undefined;
  if (!side || !allowed.includes(side)) {
    throw new AppException(ErrorCode.FORBIDDEN, {
      message: { zh: '无权操作该派工记录', en: 'This assignment is not yours to change' },
    });
  }
  return { ...a, side };
}

/** 409 ILLEGAL_TRANSITION unless the state machine allows the move. */
export function assertTransition(from: AssignmentStatus, to: AssignmentStatus): void {
  if (!canAssignmentTransition(from, to)) {
    throw new AppException(ErrorCode.ILLEGAL_TRANSITION, {
      message: {
        zh: `派工记录当前为 ${from}，不能变为 ${to}`,
        en: `An assignment that is ${from} cannot become ${to}`,
      },
    });
  }
}
