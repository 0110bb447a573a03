/** How a shift pays: per hour, per day, or per piece of work. Amounts are integer fen. */
export const PAY_UNITS = ['hour', 'day', 'piece'] as const;
export type PayUnit = (typeof PAY_UNITS)[number];

/** 10,000 yuan per unit: well above any gig rate, low enough to catch a typo in fen vs yuan. */
export const MAX_PAY_FEN = 1_000_000;
