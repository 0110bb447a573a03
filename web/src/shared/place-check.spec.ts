import type { District } from './client-config';
import { placeProblem } from './place-check';

const AREA = { south: 38.6, west: 120.8, north: 40.3, east: 123.7 };
const DISTRICTS: District[] = [
  {
    name: '西岗区',
    nameEn: 'Xigang',
    centre: { lat: 38.914, lng: 121.612 },
    box: { south: 38.85, west: 121.57, north: 38.95, east: 121.66 },
  },
  {
    name: '金州区',
    nameEn: 'Jinzhou',
    centre: { lat: 39.1, lng: 121.716 },
    box: { south: 38.9, west: 121.4, north: 39.48, east: 122.3 },
  },
];
const JINZHOU = { lat: 39.0927, lng: 121.7162 };

describe('placeProblem', () => {
  it('passes a point inside the chosen district', () => {
    expect(placeProblem({ lat: 38.9152, lng: 121.6121 }, '西岗区', DISTRICTS, AREA)).toBe(
      undefined,
    );
    expect(placeProblem(JINZHOU, '金州区', DISTRICTS, AREA)).toBe(undefined);
  });

  it('names the district when a phone in 金州区 posts for 西岗区', () => {
    expect(placeProblem(JINZHOU, '西岗区', DISTRICTS, AREA)?.zh).toContain('不在西岗区');
  });

  it('says the point is outside the service area (a phone reporting 0,0)', () => {
    expect(placeProblem({ lat: 0, lng: 0 }, '西岗区', DISTRICTS, AREA)?.en).toContain(
      'outside the area',
    );
  });

  it('leaves what it cannot judge to the server: no district chosen, no boxes, no number', () => {
    expect(placeProblem(JINZHOU, '', DISTRICTS, AREA)).toBe(undefined);
    expect(placeProblem(JINZHOU, '西岗区', [], undefined)).toBe(undefined);
    expect(placeProblem({ lat: NaN, lng: 121.6 }, '西岗区', DISTRICTS, AREA)).toBe(undefined);
  });
});
