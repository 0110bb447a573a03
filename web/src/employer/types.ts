import type { PayUnit } from '../shared/format';

/** Shapes the console reads from the API (see libs/listings shift.view.ts, libs/matching assignment.view.ts). */

export type ShiftStatus = 'open' | 'filled' | 'in_progress' | 'completed' | 'cancelled' | 'expired';

export type AssignmentStatus =
  | 'pending_confirm'
  | 'confirmed'
  | 'checked_in'
  | 'completed'
  | 'rejected'
  | 'cancelled'
  | 'no_show';

export interface ShiftLocation {
  lat: number;
  lng: number;
  address: string;
  district: string;
}

export interface Shift {
  id: string;
  status: ShiftStatus;
  title: string;
  tradeCode: string;
  description: string;
  location: ShiftLocation;
  startsAt: string;
  endsAt: string;
  pay: { unit: PayUnit; amountFen: number };
  headcount: number;
  filled: number;
  seatsLeft: number;
  requirements: { certificates: string[]; minCredit: number };
  instant: boolean;
  autoConfirm: boolean;
  marketId: string | null;
  employerId: string;
  createdAt: string;
}

export interface ShiftAssignment {
  id: string;
  shiftId: string;
  workerId: string;
  status: AssignmentStatus;
  source: string;
  checkInAt?: string;
  checkOutAt?: string;
  hours?: number;
  payFen?: number;
  worker: { name: string; phone: string; rating?: number; credit?: number };
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface EmployerProfile {
  name: string;
  kind: 'individual' | 'business';
  creditCode: string | null;
  contactName: string;
  contactPhone: string | null;
}

export interface Market {
  id: string;
  name: string;
  district: string;
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
