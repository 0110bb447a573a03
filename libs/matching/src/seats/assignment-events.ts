import { DomainEvent, Room } from '@app/contracts';

/** `assignment.updated` for the worker, the employer and anyone watching the shift. */
export function assignmentUpdated(a: {
  id: string;
  shiftId: string;
  workerId: string;
  employerId: string;
  status: string;
}): DomainEvent<'assignment.updated'> {
  return {
    type: 'assignment.updated',
    rooms: [Room.worker(a.workerId), Room.employer(a.employerId), Room.shift(a.shiftId)],
    data: { assignmentId: a.id, shiftId: a.shiftId, workerId: a.workerId, status: a.status },
  };
}
