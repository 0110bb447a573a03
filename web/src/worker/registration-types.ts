/** Wire shapes of flexible-employment registration (clause 六), as the API sends them. */
export type RegistrationStatus = 'pending' | 'returned' | 'accepted';

export interface RegistrationEvent {
  kind: 'submitted' | 'changed' | 'returned' | 'resubmitted' | 'accepted';
  actorRole: string;
  actorId: string | null;
  reason: string | null;
  changedFields: string[];
  dueOn: string | null;
  at: string;
}

export interface Registration {
  id: string;
  number: string;
  status: RegistrationStatus;
  name: string;
  idNumber: string;
  phone: string;
  district: string;
  address: string;
  employmentForm: string;
  trades: string[];
  workDescription: string;
  startedOn: string | null;
  commitment: { version: string; signedAt: string };
  submittedAt: string;
  /** Null while a calendar year the count needs is not loaded (awaitingCalendar). */
  dueOn: string | null;
  /** Counted on a year whose make-up days are not yet confirmed: it may still move. */
  dueProvisional: boolean;
  awaitingCalendar: boolean;
  overdue: boolean;
  daysOverdue: number;
  returnReason: string | null;
  decidedAt: string | null;
  history?: RegistrationEvent[];
}

export interface CommitmentText {
  version: string;
  zh: string;
  en: string;
}
