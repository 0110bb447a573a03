import type { PayUnit } from './api-types';

/** The fairs API's shapes (libs/public-service/src/fairs/fair.view.ts). */
export type FairState = 'upcoming' | 'running' | 'ended' | 'cancelled';

export interface Fair {
  id: string;
  marketId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  status: 'scheduled' | 'cancelled';
  state: FairState;
  zoneCount: number;
  employerCount: number;
  shiftCount: number;
}

export interface FairShift {
  shiftId: string;
  employerId: string;
  title: string;
  tradeCode: string;
  status: string;
  startsAt: string;
  endsAt: string;
  pay: { unit: PayUnit; amountFen: number };
  headcount: number;
  seatsLeft: number;
}

export interface FairDetail extends Fair {
  zones: { id: string; name: string; tradeCodes: string[] }[];
  employers: { employerId: string; name: string; zoneId: string; booth: string }[];
  shifts: FairShift[];
}

export const FAIR_STATE_TEXT: Record<FairState, { zh: string; en: string }> = {
  upcoming: { zh: '未开始', en: 'Upcoming' },
  running: { zh: '进行中', en: 'On now' },
  ended: { zh: '已结束', en: 'Over' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};
