import type { PutWorkerProfileDto } from '@app/listings';

/** The profile a person already has, as the workers service reads it back. */
export type ExistingProfile = Pick<
  PutWorkerProfileDto,
  'name' | 'trades' | 'certificates' | 'homeDistrict' | 'maxTravelKm' | 'availability'
> & {
  homeLocation: PutWorkerProfileDto['homeLocation'] | null;
  minPay: PutWorkerProfileDto['minPay'] | null;
};

export interface MergedProfile {
  profile: PutWorkerProfileDto;
  /** The fields the desk filled (recorded with the consent); none of them held a value before. */
  filled: (keyof PutWorkerProfileDto)[];
}

/**
 * What the desk may write over a person's own profile: only what is empty. Name, home
 * district and travel distance always hold a value (the columns are required or have a
 * default), so the person's own stay; trades, certificates, home location, minimum pay
 * and availability are filled only when the person left them empty. Without a profile
 * the desk writes everything it was given.
 */
export function mergeWalkInProfile(
  existing: ExistingProfile | null,
  desk: PutWorkerProfileDto,
): MergedProfile {
  if (!existing) {
    const given = (Object.keys(desk) as (keyof PutWorkerProfileDto)[]).filter(
      (k) => desk[k] !== undefined,
    );
    return { profile: desk, filled: given };
  }
  const filled: (keyof PutWorkerProfileDto)[] = [];
  const pick = <K extends keyof PutWorkerProfileDto>(
    key: K,
    own: PutWorkerProfileDto[K] | null,
    empty: boolean,
  ): PutWorkerProfileDto[K] | undefined => {
    if (empty && desk[key] !== undefined && !isEmpty(desk[key])) {
      filled.push(key);
      return desk[key];
    }
    return own ?? undefined;
  };
  const profile: PutWorkerProfileDto = {
    name: existing.name,
    homeDistrict: existing.homeDistrict,
    maxTravelKm: existing.maxTravelKm,
    trades: pick('trades', existing.trades, isEmpty(existing.trades))!,
    certificates: pick('certificates', existing.certificates, isEmpty(existing.certificates)),
    homeLocation: pick('homeLocation', existing.homeLocation, !existing.homeLocation),
    minPay: pick('minPay', existing.minPay, !existing.minPay),
    availability: pick('availability', existing.availability, isEmpty(existing.availability)),
  };
  return { profile, filled };
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}
