/**
 * The 告知承诺 ledger (clause 十八): the texts users promise and the rows that record each
 * promise. It needs nothing but the database, so the libs that take promises (accounts at
 * sign-up, listings at posting, matching at accept and grab) sit above it.
 */
export * from './commitment-texts';
export * from './grab-commitment';
export * from './record-commitment';
