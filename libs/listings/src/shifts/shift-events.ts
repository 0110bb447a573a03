import { DomainEvent, Room } from '@app/contracts';

export interface ShiftEventSource {
  id: string;
  employerId: string;
  status: string;
  filled: number;
  headcount: number;
  marketId: string | null;
  /** Set on a new shift's event: the matcher starts an instant one without reading it back. */
  instant?: boolean;
}

/**
 * `shift.updated` for the employer who posted it, anyone watching the shift and
 * the board of its market. The matcher also reads it: a new open instant shift
 * starts its offer waves.
 */
export function shiftUpdated(shift: ShiftEventSource): DomainEvent<'shift.updated'> {
  const rooms = [Room.employer(shift.employerId), Room.shift(shift.id)];
  if (shift.marketId) rooms.push(Room.board(shift.marketId));
  return {
    type: 'shift.updated',
    rooms,
    data: {
      shiftId: shift.id,
      status: shift.status,
      filled: shift.filled,
      headcount: shift.headcount,
      marketId: shift.marketId,
      ...(shift.instant === undefined ? {} : { instant: shift.instant }),
    },
  };
}
