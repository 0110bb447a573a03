import { get, newIdempotencyKey, post } from '../shared/api';

/** The wire shapes of the worker's work records (clause 三), and the calls the page makes. */
export type WorkRecordStatus = 'unconfirmed' | 'confirmed' | 'disputed';

export interface WorkRecord {
  assignmentId: string;
  date: string;
  checkInAt: string;
  checkOutAt: string;
  hours: number;
  incomeFen: number;
  district: string;
  tradeCode: string;
  tradeNameZh: string;
  tradeNameEn: string;
  employerName: string;
  status: WorkRecordStatus;
  confirmation?: { textVersion: string; at: string };
  dispute?: { note: string; at: string };
}

export interface WorkRecordCounts {
  unconfirmed: number;
  confirmed: number;
  disputed: number;
}

export interface WorkRecordPage {
  items: WorkRecord[];
  nextCursor: string | null;
  counts: WorkRecordCounts;
}

export interface Commitment {
  version: string;
  zh: string;
  en: string;
}

const BASE = '/workers/me/work-records';
const as = 'worker' as const;

export const listRecords = (cursor?: string) =>
  get<WorkRecordPage>(BASE, { as, query: { cursor, limit: 20 } });

export const commitment = () => get<Commitment>('/work-record-commitment', { as });

export const confirmAll = (textVersion: string) =>
  post<{ confirmed: number; counts: WorkRecordCounts }>(
    `${BASE}/confirm`,
    { textVersion },
    { as, idempotencyKey: newIdempotencyKey() },
  );

export const confirmOne = (id: string, textVersion: string) =>
  post<WorkRecord>(
    `${BASE}/${id}/confirm`,
    { textVersion },
    { as, idempotencyKey: newIdempotencyKey() },
  );

export const disputeOne = (id: string, note: string) =>
  post<WorkRecord>(`${BASE}/${id}/dispute`, { note }, { as, idempotencyKey: newIdempotencyKey() });
