/** Wire types of the credit (clause 十八) and complaints (clause 十五) endpoints. */
import type { Text } from '../shared/i18n';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CreditEvent {
  id: string;
  kind: string;
  delta: number;
  weighted: number;
  assignmentId: string | null;
  note: string | null;
  at: string;
  voidedAt: string | null;
}

export interface Commitment {
  id: string;
  kind: string;
  role: string;
  subjectId: string | null;
  version: string;
  textZh: string;
  textEn: string;
  at: string;
}

export interface BlacklistEntry {
  id: string;
  userId: string;
  phone: string;
  reason: string;
  evidence: string;
  until: string | null;
  active: boolean;
  createdBy: string;
  createdAt: string;
  liftedAt: string | null;
  liftReason: string | null;
}

export interface Appeal {
  id: string;
  userId: string;
  blacklistEntryId: string | null;
  creditEventId: string | null;
  text: string;
  status: 'open' | 'upheld' | 'dismissed';
  decidedAt: string | null;
  decisionReason: string | null;
  createdAt: string;
}

export interface HeldShift {
  shiftId: string;
  title: string;
  tradeCode: string;
  startsAt: string;
  endsAt: string;
  headcount: number;
  shiftStatus: string;
  employerId: string;
  employerName: string;
  employerScore: number;
  review: 'pending' | 'approved' | 'rejected';
  reason: string | null;
  decidedAt: string | null;
  heldAt: string;
}

export interface CreditRecord {
  userId: string;
  phone: string;
  roles: string[];
  score: number;
  thresholds: { instantMin: number; reviewBelow: number; halfLifeDays: number };
  ledger: CreditEvent[];
  commitments: Commitment[];
  blacklist: BlacklistEntry[];
  appeals: Appeal[];
  heldShifts: HeldShift[];
}

export interface AuditEntry {
  id: string;
  actorId: string;
  actorPhone: string;
  action: string;
  subjectType: string;
  subjectId: string;
  userId: string | null;
  detail: Record<string, unknown>;
  at: string;
}

export interface Complaint {
  id: string;
  kind: 'unpaid_wages' | 'unsafe_work';
  text: string;
  status: 'open' | 'investigating' | 'upheld' | 'dismissed';
  assignmentId: string;
  shiftId: string;
  shiftTitle: string;
  shiftStartsAt: string;
  employerName: string;
  workerName: string;
  workerPhone?: string;
  decisionReason: string | null;
  decidedAt: string | null;
  createdAt: string;
  notes?: { text: string; at: string }[];
}

export type { Text };
