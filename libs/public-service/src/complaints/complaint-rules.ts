/**
 * Complaints 投诉 (clause 十五): a worker reports unpaid wages or unsafe work against
 * the employer of one of their assignments; staff investigate and decide.
 *   open → investigating (the first staff note) → upheld | dismissed
 * (a clear case may be decided straight from open). An upheld complaint is a credit
 * event for the employer: unpaid wages → wage_complaint_upheld, unsafe work →
 * unsafe_work_upheld.
 */
export const COMPLAINT_KINDS = ['unpaid_wages', 'unsafe_work'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export const COMPLAINT_STATUSES = ['open', 'investigating', 'upheld', 'dismissed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** Assignments a worker may complain about: they were booked and confirmed to work it. */
export const COMPLAINABLE_ASSIGNMENTS = ['confirmed', 'checked_in', 'completed'] as const;

export const CREDIT_KIND_FOR: Record<
  ComplaintKind,
  'wage_complaint_upheld' | 'unsafe_work_upheld'
> = {
  unpaid_wages: 'wage_complaint_upheld',
  unsafe_work: 'unsafe_work_upheld',
};

export const isDecided = (s: ComplaintStatus): boolean => s === 'upheld' || s === 'dismissed';

/** The status after a staff note: an open complaint is now being investigated. */
export function statusAfterNote(s: ComplaintStatus): ComplaintStatus {
  return s === 'open' ? 'investigating' : s;
}

export function mayComplainAbout(assignmentStatus: string): boolean {
  return (COMPLAINABLE_ASSIGNMENTS as readonly string[]).includes(assignmentStatus);
}
