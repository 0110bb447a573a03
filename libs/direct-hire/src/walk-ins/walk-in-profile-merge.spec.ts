import type { PutWorkerProfileDto } from '@app/listings';
import { type ExistingProfile, mergeWalkInProfile } from './walk-in-profile-merge';

const desk: PutWorkerProfileDto = {
  name: '李大强',
  trades: [{ code: 'loader', level: 3 }],
  homeDistrict: '中山区',
  homeLocation: { lat: 38.9, lng: 121.6 },
  maxTravelKm: 20,
  minPay: { unit: 'hour', amountFen: 2500 },
  availability: [{ weekday: 1, from: '08:00', to: '18:00' }],
  certificates: ['forklift_license'],
};

const own: ExistingProfile = {
  name: '张三丰',
  trades: [{ code: 'cleaner', level: 2 }],
  certificates: [],
  homeDistrict: '甘井子区',
  homeLocation: { lat: 38.95, lng: 121.55 },
  maxTravelKm: 5,
  minPay: { unit: 'day', amountFen: 30000 },
  availability: [],
};

describe('what the desk may write over a person’s own profile', () => {
  it('keeps every field the person filled and fills only the empty ones', () => {
    const { profile, filled } = mergeWalkInProfile(own, desk);
    expect(profile).toEqual({
      name: '张三丰',
      trades: [{ code: 'cleaner', level: 2 }],
      homeDistrict: '甘井子区',
      homeLocation: { lat: 38.95, lng: 121.55 },
      maxTravelKm: 5,
      minPay: { unit: 'day', amountFen: 30000 },
      certificates: ['forklift_license'],
      availability: [{ weekday: 1, from: '08:00', to: '18:00' }],
    });
    expect(filled.sort()).toEqual(['availability', 'certificates']);
  });

  it('fills a missing home and minimum pay, and changes nothing when the desk gives nothing new', () => {
    const bare: ExistingProfile = { ...own, homeLocation: null, minPay: null };
    expect(mergeWalkInProfile(bare, desk).filled.sort()).toEqual([
      'availability',
      'certificates',
      'homeLocation',
      'minPay',
    ]);
    const plainDesk: PutWorkerProfileDto = {
      name: '李大强',
      trades: [{ code: 'loader', level: 3 }],
      homeDistrict: '中山区',
    };
    const kept = mergeWalkInProfile(own, plainDesk);
    expect(kept.filled).toEqual([]);
    expect(kept.profile.trades).toEqual(own.trades);
    expect(kept.profile.name).toBe('张三丰');
  });

  it('writes the whole desk profile for an account without one', () => {
    const { profile, filled } = mergeWalkInProfile(null, desk);
    expect(profile).toBe(desk);
    expect(filled).toEqual(expect.arrayContaining(['name', 'trades', 'homeDistrict', 'minPay']));
  });
});
