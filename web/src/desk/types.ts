import type { PayUnit } from '../shared/format';

/** Shapes of the API answers the desk reads (see the OpenAPI document under "operator desk"). */
export interface Market {
  id: string;
  kind: 'public' | 'market';
  name: string;
  district: string;
  address: string;
  location: { lat: number; lng: number };
  openingHours: OpeningInterval[];
  trades: string[];
  contactPhone: string | null;
  integrity: boolean;
  status: 'listed' | 'suspended';
  description: string | null;
  openNow: boolean;
}

export interface OpeningInterval {
  weekday: number;
  from: string;
  to: string;
}

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

export interface Shift {
  id: string;
  status: string;
  title: string;
  tradeCode: string;
  location: { lat: number; lng: number; address: string; district: string };
  startsAt: string;
  endsAt: string;
  pay: { unit: PayUnit; amountFen: number };
  headcount: number;
  filled: number;
  employer?: { name: string };
}

export interface ShiftSuggestion {
  shift: Shift;
  distanceKm: number;
  score: { total: number };
}

export interface Assignment {
  id: string;
  shiftId: string;
  workerId: string;
  status: string;
  source: string;
}
