/**
 * When an offer of idle staff and a request for hands can be matched (共享用工,
 * clause 七): one of each, the same trade, overlapping periods, two different
 * employers, both open, and enough people left on both sides.
 */
export type PostKind = 'offer' | 'request';

export interface SharingPost {
  id: string;
  employerId: string;
  kind: PostKind;
  tradeCode: string;
  remaining: number;
  startsOn: string;
  endsOn: string;
  status: 'open' | 'closed';
}

export type MismatchReason =
  'same_kind' | 'same_employer' | 'different_trade' | 'no_overlap' | 'closed' | 'not_enough';

/** Why two posts cannot be matched for `headcount` people, or null when they can. */
export function mismatch(a: SharingPost, b: SharingPost, headcount: number): MismatchReason | null {
  if (a.kind === b.kind) return 'same_kind';
  if (a.employerId === b.employerId) return 'same_employer';
  if (a.tradeCode !== b.tradeCode) return 'different_trade';
  if (overlap(a, b) === null) return 'no_overlap';
  if (a.status !== 'open' || b.status !== 'open') return 'closed';
  if (a.remaining < headcount || b.remaining < headcount) return 'not_enough';
  return null;
}

/** The days both posts cover, or null when they do not meet. */
export function overlap(
  a: Pick<SharingPost, 'startsOn' | 'endsOn'>,
  b: Pick<SharingPost, 'startsOn' | 'endsOn'>,
): { from: string; to: string } | null {
  const from = a.startsOn > b.startsOn ? a.startsOn : b.startsOn;
  const to = a.endsOn < b.endsOn ? a.endsOn : b.endsOn;
  return from <= to ? { from, to } : null;
}

export interface TermsInput {
  lender: string;
  borrower: string;
  tradeName: string;
  headcount: number;
  from: string;
  to: string;
  district: string;
  note: string;
}

/**
 * The agreement both employers accept. The standing terms follow the national
 * guidance on staff sharing (人社厅发〔2020〕98号): the workers' employment with the
 * lender does not change, the lender may not profit from it, the borrower keeps
 * them safe.
 */
export function agreementTerms(t: TermsInput): string {
  const lines = [
    `共享用工协议`,
    `出借方：${t.lender}；借入方：${t.borrower}。`,
    `出借方安排${t.headcount}名${t.tradeName}人员，于${t.from}至${t.to}在${t.district}到借入方工作。`,
    '一、共享用工期间，员工与出借方的劳动关系不变，出借方不得以营利为目的。',
    '二、借入方负责工作期间的安全生产与劳动保护，合理安排工作时间和休息休假。',
    '三、工资由出借方按时足额支付，借入方按双方约定与出借方结算。',
    '四、安排员工前应征得员工本人同意，不得强制共享。',
  ];
  if (t.note) lines.push(`补充约定：${t.note}`);
  return lines.join('\n');
}
