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
  /** Right after a registration: the profile fields the desk filled (the person's own are kept). */
  filledFields?: string[];
}

/** Whether a phone has an account; its profile masked (张**), never the person's data whole. */
export interface WalkInLookup {
  exists: boolean;
  profile: { name: string; trades: string[]; homeDistrict: string } | null;
  idNumberOnFile: boolean;
}

export interface ShiftSuggestion {
  shift: Shift;
  distanceKm: number;
  score: { total: number };
}
