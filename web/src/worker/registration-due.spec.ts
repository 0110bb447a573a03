import { dueText } from './registration-due';

describe('the due date as shown', () => {
  it('is the date when the year is confirmed', () => {
    expect(dueText({ dueOn: '2026-12-16', dueProvisional: false })).toEqual({
      zh: '2026-12-16',
      en: '2026-12-16',
    });
  });

  it('says provisional in an unconfirmed year, and not yet set without a calendar', () => {
    expect(dueText({ dueOn: '2027-01-04', dueProvisional: true }).zh).toBe(
      '2027-01-04（暂定，以当年放假安排为准）',
    );
    expect(dueText({ dueOn: '2027-01-04', dueProvisional: true }).en).toContain('provisional');
    expect(dueText({ dueOn: null, dueProvisional: false }).zh).toContain('待定');
  });
});
