/** Wire shapes of staff sharing 共享用工 (clause 七). */
export interface SharingPost {
  id: string;
  kind: 'offer' | 'request';
  tradeCode: string;
  tradeNameZh: string;
  tradeNameEn: string;
  headcount: number;
  remaining: number;
  startsOn: string;
  endsOn: string;
  district: string;
  note: string;
  status: 'open' | 'closed';
  employerName: string;
  mine: boolean;
  createdAt: string;
}

export interface SharingMatch {
  id: string;
  status: 'proposed' | 'agreed' | 'declined' | 'withdrawn';
  headcount: number;
  terms: string;
  myRole: 'proposer' | 'counterpart';
  offer: SharingPost;
  request: SharingPost;
  proposerAcceptedAt: string;
  counterpartAcceptedAt: string | null;
  otherContact: { employerName: string; contactName: string; contactPhone: string | null } | null;
  createdAt: string;
}

export const MATCH_STATUS_TEXT = {
  proposed: { zh: '待对方确认', en: 'Waiting for the other side' },
  agreed: { zh: '协议已达成', en: 'Agreed' },
  declined: { zh: '对方已拒绝', en: 'Declined' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
} as const;
