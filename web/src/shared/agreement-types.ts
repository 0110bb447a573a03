import type { PayUnit } from './api-types';

/** GET /assignments/:id/agreement (libs/public-service, agreement.view.ts). */
export interface Agreement {
  assignmentId: string;
  shiftId: string;
  producedAt: string;
  yourSide: 'worker' | 'employer';
  parties: {
    employer: { name: string; kind: 'individual' | 'business'; contactName: string; phone: string };
    worker: { name: string; phone: string };
  };
  work: {
    title: string;
    tradeCode: string;
    tradeNameZh: string;
    tradeNameEn: string;
    description: string;
  };
  time: { startsAt: string; endsAt: string; hours: number };
  pay: { unit: PayUnit; amountFen: number; estimateFen: number | null };
  place: { address: string; district: string };
  terms: { version: string; zh: string; en: string };
  worker: { acceptedAt: string | null };
  employer: { acceptedAt: string | null };
  accepted: boolean;
}

/** Has the side the reader is on accepted yet? */
export function acceptedByMe(a: Agreement): boolean {
  return (a.yourSide === 'worker' ? a.worker : a.employer).acceptedAt !== null;
}
