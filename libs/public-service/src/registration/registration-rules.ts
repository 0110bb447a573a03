/**
 * The life of a registration. A worker submits; staff accept or return it with a
 * reason; a returned one is corrected and resubmitted (a new due date). A change to
 * a pending application keeps its due date; a change to an accepted registration
 * (就业信息发生变更的，应及时办理修改手续) is reviewed again, like a resubmission.
 */
export const REGISTRATION_STATUSES = ['pending', 'returned', 'accepted'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const EMPLOYMENT_FORMS = ['self_employed', 'part_time', 'platform', 'other'] as const;
export type EmploymentForm = (typeof EMPLOYMENT_FORMS)[number];

export type RegistrationEventKind =
  'submitted' | 'changed' | 'returned' | 'resubmitted' | 'accepted';

/** What a worker's edit does, by the status it finds. */
export function editOutcome(status: RegistrationStatus): {
  event: RegistrationEventKind;
  newDueDate: boolean;
} {
  switch (status) {
    case 'pending':
      return { event: 'changed', newDueDate: false };
    case 'returned':
      return { event: 'resubmitted', newDueDate: true };
    case 'accepted':
      return { event: 'changed', newDueDate: true };
  }
}

/** The registration number: LG-2026-000123 (year of first submission, a running number). */
export function registrationNumber(year: number, sequence: number): string {
  return `LG-${year}-${String(sequence).padStart(6, '0')}`;
}
