import { editOutcome, registrationNumber } from './registration-rules';

describe('registration rules', () => {
  it('numbers registrations LG-<year>-<six digits>', () => {
    expect(registrationNumber(2026, 123)).toBe('LG-2026-000123');
    expect(registrationNumber(2027, 1234567)).toBe('LG-2027-1234567');
  });

  it('keeps the due date for a change while pending, and restarts it for a resubmission or a change after acceptance', () => {
    expect(editOutcome('pending')).toEqual({ event: 'changed', newDueDate: false });
    expect(editOutcome('returned')).toEqual({ event: 'resubmitted', newDueDate: true });
    expect(editOutcome('accepted')).toEqual({ event: 'changed', newDueDate: true });
  });
});
