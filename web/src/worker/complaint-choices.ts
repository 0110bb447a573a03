/** Which of a worker's assignments a complaint may be about (clause 十五): confirmed or later. */
export const COMPLAINABLE = ['confirmed', 'checked_in', 'completed'];

export interface ComplaintChoice {
  id: string;
  title: string;
  startsAt: string;
}

export function complaintChoices(
  assignments: { id: string; shiftId: string; status: string }[],
  shifts: { id: string; title: string; startsAt: string }[],
): ComplaintChoice[] {
  const byId = new Map(shifts.map((s) => [s.id, s]));
  return assignments.flatMap((a) => {
    const shift = byId.get(a.shiftId);
    if (!shift || !COMPLAINABLE.includes(a.status)) return [];
    return [{ id: a.id, title: shift.title, startsAt: shift.startsAt }];
  });
}
