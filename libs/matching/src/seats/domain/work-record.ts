/** What a check-out records: minutes worked, hours (to 0.01) and pay in fen. */
export type PayUnit = 'hour' | 'day' | 'piece';

export interface WorkRecord {
  minutesWorked: number;
  hours: number;
  payFen: number;
}

/**
 * Minutes between check-in and check-out (whole minutes, never negative); hours rounded
 * to 0.01; pay by the shift's unit: hourly pay × hours (rounded to the fen), a day's pay
 * once, or piece pay × pieces. Piece pay without a piece count is the caller's 400.
 */
export function workRecord(
  checkInAt: Date,
  checkOutAt: Date,
  pay: { unit: PayUnit; amountFen: number },
  pieces?: number,
): WorkRecord {
  const minutesWorked = Math.max(
    0,
    Math.floor((checkOutAt.getTime() - checkInAt.getTime()) / 60_000),
  );
  const hours = Math.round((minutesWorked / 60) * 100) / 100;
  let payFen: number;
  switch (pay.unit) {
    case 'hour':
      // From the minutes, not the rounded hours, so 20 min at 30 元/h is exactly 10 元.
      payFen = Math.round((pay.amountFen * minutesWorked) / 60);
      break;
    case 'day':
      payFen = pay.amountFen;
      break;
    case 'piece':
      if (pieces === undefined) throw new Error('piece pay needs a piece count');
      payFen = pay.amountFen * pieces;
      break;
  }
  return { minutesWorked, hours, payFen };
}
