import { complaintChoices } from './complaint-choices';

describe('complaintChoices', () => {
  it('offers confirmed-or-later assignments with their shift titles', () => {
    const shifts = [
      { id: 's1', title: '装卸', startsAt: '2030-03-11T10:00:00.000+08:00' },
      { id: 's2', title: '搬家', startsAt: '2030-03-12T10:00:00.000+08:00' },
    ];
    const choices = complaintChoices(
      [
        { id: 'a1', shiftId: 's1', status: 'completed' },
        { id: 'a2', shiftId: 's2', status: 'pending_confirm' },
        { id: 'a3', shiftId: 'gone', status: 'confirmed' },
      ],
      shifts,
    );
    expect(choices).toEqual([{ id: 'a1', title: '装卸', startsAt: shifts[0]!.startsAt }]);
  });
});
