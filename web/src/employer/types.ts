import type { Assignment, AssignmentStatus, ShiftStatus } from '../shared/api-types';

/** The API's shapes the console reads are in shared/api-types; these are the console's own. */
export type { AssignmentStatus, Market, Page, Shift, ShiftStatus } from '../shared/api-types';

/** An assignment as the shift's owner sees it: the worker's contact masked until confirmed. */
export interface ShiftAssignment extends Assignment {
  worker: { name: string; phone: string; rating?: number; credit?: number };
  /** Completed: until when the employer may dispute the hours. */
  hoursDisputableUntil?: string;
}

export interface EmployerProfile {
  name: string;
  kind: 'individual' | 'business';
  creditCode: string | null;
  contactName: string;
  contactPhone: string | null;
}

/** The realtime payloads the console listens to (libs/contracts/src/events.ts). */
export interface ShiftUpdated {
  shiftId: string;
  status: ShiftStatus;
  filled: number;
  headcount: number;
}
export interface AssignmentUpdated {
  assignmentId: string;
  shiftId: string;
  status: AssignmentStatus;
}
