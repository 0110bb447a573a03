import type { Shift } from '../shared/api-types';

/** The API's shapes the desk reads are in shared/api-types; these are the desk's own. */
export type { Assignment, Market, OpeningInterval, Shift } from '../shared/api-types';

export interface ConsentText {
  version: string;
  zh: string;
  en: string;
}

export type ConsentMethod = 'verbal' | 'signed';

export interface WalkIn {
  workerId: string;
  phone: string;
  name: string;
  homeDistrict: string;
  trades: string[];
  consent: { method: ConsentMethod; textVersion: string; at: string; operatorId: string };
}

export interface ShiftSuggestion {
  shift: Shift;
  distanceKm: number;
  score: { total: number };
}
