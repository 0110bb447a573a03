import { maskPersonalNumbers } from '@app/common';
import { toShanghaiIso } from '@app/listings';
import { publicEmployerName } from '@app/listings';
import type { SharingPost } from './staff-sharing-rules';
import type { SharingPostView } from './staff-sharing.view';

export const POST_COLUMNS = `
  p.id, p.employer_id, p.kind, p.trade_code, t.name_zh AS trade_name_zh, t.name_en AS trade_name_en,
  p.headcount, p.remaining, p.starts_on::text AS starts_on, p.ends_on::text AS ends_on, p.district,
  p.note, p.status, p.created_at, ep.name AS employer_name, ep.kind AS employer_kind`;
export const POST_FROM = `staff_sharing_posts p
  JOIN trades t ON t.code = p.trade_code
  LEFT JOIN employer_profiles ep ON ep.user_id = p.employer_id`;

export interface PostRow {
  id: string;
  employer_id: string;
  kind: 'offer' | 'request';
  trade_code: string;
  trade_name_zh: string;
  trade_name_en: string;
  headcount: number;
  remaining: number;
  starts_on: string;
  ends_on: string;
  district: string;
  note: string;
  status: 'open' | 'closed';
  created_at: Date;
  employer_name: string | null;
  employer_kind: string | null;
}

export function toPostView(r: PostRow, viewerId: string | null): SharingPostView {
  const name = r.employer_name ?? '';
  return {
    id: r.id,
    kind: r.kind,
    tradeCode: r.trade_code,
    tradeNameZh: r.trade_name_zh,
    tradeNameEn: r.trade_name_en,
    headcount: r.headcount,
    remaining: r.remaining,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    district: r.district,
    // Refused at creation when personal; masked here too, for notes from before that check.
    note: maskPersonalNumbers(r.note),
    status: r.status,
    // A sole trader's name is a person's name: public lists show it masked.
    employerName: publicEmployerName(name, r.employer_kind),
    mine: r.employer_id === viewerId,
    createdAt: toShanghaiIso(r.created_at),
  };
}

export function toRule(r: PostRow): SharingPost {
  return {
    id: r.id,
    employerId: r.employer_id,
    kind: r.kind,
    tradeCode: r.trade_code,
    remaining: r.remaining,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    status: r.status,
  };
}
