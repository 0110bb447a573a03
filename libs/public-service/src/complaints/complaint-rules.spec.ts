import { CREDIT_KIND_FOR, isDecided, mayComplainAbout, statusAfterNote } from './complaint-rules';

describe('complaint rules', () => {
  it('moves an open complaint to investigating with the first note, and no further', () => {
    expect(statusAfterNote('open')).toBe('investigating');
    expect(statusAfterNote('investigating')).toBe('investigating');
  });

  it('treats upheld and dismissed as final', () => {
    expect(isDecided('upheld')).toBe(true);
    expect(isDecided('dismissed')).toBe(true);
    expect(isDecided('open')).toBe(false);
    expect(isDecided('investigating')).toBe(false);
  });

  it('lets a worker complain only about work they were booked for', () => {
    expect(mayComplainAbout('completed')).toBe(true);
    expect(mayComplainAbout('checked_in')).toBe(true);
    expect(mayComplainAbout('confirmed')).toBe(true);
    expect(mayComplainAbout('pending_confirm')).toBe(false);
    expect(mayComplainAbout('rejected')).toBe(false);
    expect(mayComplainAbout('cancelled')).toBe(false);
  });

  it('charges the employer a credit event of the matching kind when upheld', () => {
    expect(CREDIT_KIND_FOR.unpaid_wages).toBe('wage_complaint_upheld');
    expect(CREDIT_KIND_FOR.unsafe_work).toBe('unsafe_work_upheld');
  });
});
