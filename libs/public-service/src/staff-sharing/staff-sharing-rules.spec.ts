import { agreementTerms, mismatch, overlap, type SharingPost } from './staff-sharing-rules';

const offer: SharingPost = {
  id: 'o',
  employerId: 'e1',
  kind: 'offer',
  tradeCode: 'loader',
  remaining: 3,
  startsOn: '2026-12-01',
  endsOn: '2026-12-20',
  status: 'open',
};
const request: SharingPost = {
  ...offer,
  id: 'r',
  employerId: 'e2',
  kind: 'request',
  remaining: 2,
  startsOn: '2026-12-10',
  endsOn: '2027-01-10',
};

describe('staff-sharing matching rules', () => {
  it('matches an offer and a request of the same trade with overlapping dates', () => {
    expect(mismatch(offer, request, 2)).toBeNull();
    expect(overlap(offer, request)).toEqual({ from: '2026-12-10', to: '2026-12-20' });
  });

  it('says why two posts do not match', () => {
    expect(mismatch(offer, { ...request, kind: 'offer' }, 1)).toBe('same_kind');
    expect(mismatch(offer, { ...request, employerId: 'e1' }, 1)).toBe('same_employer');
    expect(mismatch(offer, { ...request, tradeCode: 'cleaner' }, 1)).toBe('different_trade');
    expect(mismatch(offer, { ...request, startsOn: '2026-12-21' }, 1)).toBe('no_overlap');
    expect(mismatch(offer, { ...request, status: 'closed' }, 1)).toBe('closed');
    expect(mismatch(offer, request, 3)).toBe('not_enough');
  });

  it('counts a single shared day as an overlap', () => {
    expect(overlap(offer, { startsOn: '2026-12-20', endsOn: '2026-12-31' })).toEqual({
      from: '2026-12-20',
      to: '2026-12-20',
    });
  });

  it('writes terms naming both sides, the people, the period, and the standing clauses', () => {
    const terms = agreementTerms({
      lender: '甲公司',
      borrower: '乙公司',
      tradeName: '装卸工',
      headcount: 2,
      from: '2026-12-10',
      to: '2026-12-20',
      district: '甘井子区',
      note: '包午餐',
    });
    expect(terms).toContain('出借方：甲公司；借入方：乙公司');
    expect(terms).toContain('2名装卸工人员，于2026-12-10至2026-12-20在甘井子区');
    expect(terms).toContain('劳动关系不变');
    expect(terms).toContain('补充约定：包午餐');
  });
});
